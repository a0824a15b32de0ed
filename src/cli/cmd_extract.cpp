#include "cli/cmd_extract.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <memory>

#include "cli/app.hpp"
#include "cli/common.hpp"
#include "cli/output.hpp"
#include "timeline/extract.hpp"
#include "timeline/load.hpp"

namespace timeline::cli {

void add_extract(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<CommonOptions>();
  auto output = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("extract", "Load articles and print one JSON line per document");
  cmd->footer(
      "Examples:\n"
      "  timeline extract data/samples/harbor-water-ransomware\n"
      "  timeline extract article.html --published 2021-12-25T11:01:00+09:00\n"
      "  timeline extract corpus/ -o records.jsonl\n"
      "Each line is {\"type\":\"document\",…} or {\"type\":\"skipped\",\"path\",\"reason\"}.");
  add_common_options(*cmd, *opts);
  cmd->add_option("-o,--output", *output, "Write to FILE (atomically) instead of stdout");
  cmd->callback([opts, output, &exit_code] {
    auto loaded = load_with(*opts);
    if (!loaded) {
      exit_code = report_error(loaded.error());
      return;
    }
    std::string out;
    for (const auto& doc : loaded->batch.documents)
      out += extract::to_line(extract::document_record(doc, extract::tag_document(doc, loaded->lexicon.get()))) + "\n";
    for (const auto& s : loaded->batch.skipped) out += extract::to_line(extract::skipped_record(s)) + "\n";
    if (auto w = write_output(*output, out); !w) {
      exit_code = report_error(w.error(), k_usage);
      return;
    }
    exit_code = finish_load(*opts, loaded->batch);
  });
}

}  // namespace timeline::cli
