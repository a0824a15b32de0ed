#include "cli/cmd_extract.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <charconv>
#include <memory>

#include "cli/app.hpp"
#include "cli/common.hpp"
#include "cli/output.hpp"
#include "timeline/claims.hpp"
#include "timeline/extract.hpp"
#include "timeline/load.hpp"

namespace timeline::cli {

namespace {

struct ExtractOptions {
  CommonOptions common;
  std::string output;
  std::string shard;
  bool claims = false;
  bool sentences = false;
};

struct Shard {
  std::size_t index = 0, count = 1;
};

// "I/K" with 0 <= I < K.
std::optional<Shard> parse_shard(const std::string& text) {
  Shard s;
  const auto slash = text.find('/');
  if (slash == std::string::npos) return std::nullopt;
  const char* end = text.data() + text.size();
  const auto a = std::from_chars(text.data(), text.data() + slash, s.index);
  const auto b = std::from_chars(text.data() + slash + 1, end, s.count);
  if (a.ec != std::errc{} || a.ptr != text.data() + slash || b.ec != std::errc{} || b.ptr != end || s.count == 0 ||
      s.index >= s.count)
    return std::nullopt;
  return s;
}

// The per-sentence records of every document (the default without -o).
int write_sentences(const ExtractOptions& opts) {
  auto loaded = load_with(opts.common);
  if (!loaded) return report_error(loaded.error());
  std::string out;
  for (const auto& doc : loaded->batch.documents)
    out += extract::to_line(extract::document_record(doc, extract::tag_document(doc, loaded->lexicon.get()))) + "\n";
  for (const auto& s : loaded->batch.skipped) out += extract::to_line(extract::skipped_record(s)) + "\n";
  if (auto w = write_output(opts.output, out); !w) return report_error(w.error(), k_usage);
  return finish_load(opts.common, loaded->batch.documents.size(), loaded->batch.skipped.size());
}

// The claim records of the inputs of one shard (all inputs without --shard).
int write_claims(const ExtractOptions& opts, const Shard& shard) {
  auto prepared = prepare(opts.common);
  if (!prepared) return report_error(prepared.error());
  auto inputs = load::collect(std::vector<std::filesystem::path>(opts.common.paths.begin(), opts.common.paths.end()));
  if (!inputs) return report_error(inputs.error());
  std::vector<load::Input> mine;
  for (std::size_t i = shard.index; i < inputs->size(); i += shard.count) mine.push_back((*inputs)[i]);
  auto records = extract_with(opts.common, *prepared, mine);
  if (!records) return report_error(records.error(), k_usage);
  if (auto w = write_output(opts.output, claims::to_jsonl(*records)); !w) return report_error(w.error(), k_usage);
  // A shard may hold no article (more shards than files); the corpus as a whole is judged by merge.
  if (!opts.shard.empty()) return k_ok;
  return finish_load(opts.common, records->documents.size(), records->skipped.size());
}

}  // namespace

void add_extract(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<ExtractOptions>();
  CLI::App* cmd =
      app.add_subcommand("extract", "Extract articles: claim records for 'merge' (-o), or per-sentence JSON");
  cmd->footer(
      "Examples:\n"
      "  timeline extract data/samples/harbor-water-ransomware          # per-sentence JSON on stdout\n"
      "  timeline extract article.html --published 2021-12-25T11:01:00+09:00\n"
      "  timeline extract corpus/ -o claims.jsonl                       # claim records, for 'timeline merge'\n"
      "  timeline extract corpus/ --shard 0/4 -o part-0.jsonl           # every 4th file, from the first\n"
      "  timeline extract corpus/ --claims --cache ~/.cache/timeline    # claim records on stdout\n"
      "Without -o or --claims each line is {\"type\":\"document\",…} (sentences with their expressions,\n"
      "figures, actors and sources) or {\"type\":\"skipped\",\"path\",\"reason\"}. With -o (or --claims) each\n"
      "line is a claim record (\"type\":\"document-claims\"|\"skipped\"|\"diagnostic\", \"version\":1; see\n"
      "docs/scaling.md); 'timeline merge' builds the timeline from them.");
  add_common_options(*cmd, opts->common);
  cmd->add_option("-o,--output", opts->output,
                  "Write to FILE (atomically) instead of stdout: claim records, unless --sentences");
  cmd->add_flag("--claims", opts->claims, "Write claim records (the default with -o)");
  cmd->add_flag("--sentences", opts->sentences, "Write per-sentence records (the default without -o)");
  cmd->add_option("--shard", opts->shard,
                  "Only the I-th of every K input files, I/K (0 <= I < K): one shard of a corpus");
  cmd->callback([opts, &exit_code] {
    if (opts->claims && opts->sentences) {
      exit_code = report_error("--claims and --sentences exclude each other", k_usage);
      return;
    }
    const bool claims = opts->claims || (!opts->sentences && !opts->output.empty());
    const auto shard = opts->shard.empty() ? std::optional<Shard>(Shard{}) : parse_shard(opts->shard);
    if (!shard) {
      exit_code =
          report_error(fmt::format("--shard: expected I/K with 0 <= I < K (e.g. 0/4), got '{}'", opts->shard), k_usage);
      return;
    }
    if (!claims && (!opts->shard.empty() || !opts->common.cache.empty())) {
      exit_code = report_error("--shard and --cache apply to claim records (-o FILE or --claims)", k_usage);
      return;
    }
    exit_code = claims ? write_claims(*opts, *shard) : write_sentences(*opts);
  });
}

}  // namespace timeline::cli
