#include "cli/cmd_merge.hpp"

#include <fmt/format.h>

#include <map>
#include <memory>
#include <utility>

#include "cli/app.hpp"
#include "cli/common.hpp"
#include "cli/terminal.hpp"
#include "timeline/claims.hpp"
#include "timeline/correlate.hpp"

namespace timeline::cli {

namespace {

struct MergeOptions {
  std::vector<std::string> files;
  std::string data_dir;
  bool quiet = false;
  OutputOptions output;
};

}  // namespace

void add_merge(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<MergeOptions>();
  CLI::App* cmd = app.add_subcommand("merge", "Build the timeline from claim records written by 'extract -o'");
  cmd->footer(
      "Examples:\n"
      "  timeline extract corpus/ --shard 0/2 -o part-0.jsonl && timeline extract corpus/ --shard 1/2 -o part-1.jsonl\n"
      "  timeline merge part-0.jsonl part-1.jsonl -f json -o timeline.json   # the bytes 'build corpus/' gives\n"
      "  cat part-*.jsonl | timeline merge - --since 2024-03\n"
      "Records may come in any order and any number of files ('-': stdin). Output options as for 'build'.\n"
      "Exit codes: 0 ok, 2 usage error, 3 no usable input (a malformed record is named by file and line).");
  cmd->add_option("records", opts->files, "Claim record files (JSON lines) written by 'timeline extract -o'")
      ->required();
  cmd->add_option("--data-dir", opts->data_dir,
                  "Read lexicons from DIR (the layout of data/lexicon) instead of the built-in ones");
  cmd->add_flag("-q,--quiet", opts->quiet, "Do not print warnings or progress");
  add_output_options(*cmd, opts->output);
  cmd->callback([opts, &exit_code] {
    if (exit_code = check_output(opts->output); exit_code != k_ok) return;
    std::shared_ptr<Lexicon> lexicon;
    if (!opts->data_dir.empty()) {
      auto lex = Lexicon::from_directory(opts->data_dir);
      if (!lex) {
        exit_code = report_error(lex.error(), k_usage);
        return;
      }
      lexicon = std::make_shared<Lexicon>(std::move(*lex));
    }
    Progress progress(3, opts->quiet);
    progress.step("reading claim records");
    claims::Records records;
    std::map<std::pair<std::string, std::size_t>, std::string> seen;  // place → the file it came from
    for (const auto& file : opts->files) {
      std::string why;
      const auto text = file == "-" ? read_text("/dev/stdin", why) : read_text(file, why);
      if (!text) {
        exit_code = report_error(fmt::format("{}: {}", file, why));
        return;
      }
      const std::size_t before = records.documents.size();
      if (auto read = claims::read_jsonl(*text, file == "-" ? "<stdin>" : file, records); !read) {
        exit_code = report_error(read.error());
        return;
      }
      // A document read twice would count its article twice as evidence.
      for (std::size_t i = before; i < records.documents.size(); ++i) {
        const auto& place = records.documents[i].place;
        const auto [it, fresh] = seen.try_emplace({place.input, place.index}, file);
        if (!fresh) {
          exit_code = report_error(fmt::format("{}: document '{}' was already read from {} (a shard given twice?)",
                                               file, records.documents[i].document.info.id, it->second));
          return;
        }
      }
    }
    print_diagnostics(records.diagnostics, opts->quiet);
    if (records.documents.empty()) {
      exit_code = report_error(records.skipped.empty()
                                   ? "no documents in the claim records"
                                   : fmt::format("no usable articles ({} input(s) skipped)", records.skipped.size()));
      return;
    }
    progress.step(fmt::format("correlating the claims of {} documents", records.documents.size()));
    auto timeline = correlate::merge(std::move(records), lexicon.get());
    if (!timeline) {
      exit_code = report_error(timeline.error(), k_usage);
      return;
    }
    exit_code = write_timeline(*timeline, opts->output, progress);
  });
}

}  // namespace timeline::cli
