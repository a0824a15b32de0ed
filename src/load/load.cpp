// The loader's driver: inputs → format reader → common steps (header, furniture, publication
// date, segmentation) → Documents. Every input ends as documents or as a skipped entry.
#include "timeline/load.hpp"

#include <libxml/parser.h>

#include <algorithm>
#include <mutex>

#include "load/formats.hpp"
#include "load/furniture.hpp"
#include "load/header.hpp"
#include "load/lines.hpp"
#include "load/pubdate.hpp"
#include "load/resources.hpp"
#include "timeline/segment.hpp"
#include "util/files.hpp"
#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace timeline::load {
namespace fs = std::filesystem;
namespace {

constexpr std::uintmax_t k_max_sidecar_bytes = 1u << 20;

std::optional<Format> format_for(std::string_view name, bool explicit_file) {
  const auto dot = name.rfind('.');
  const auto slash = name.rfind('/');
  const bool has_ext = dot != std::string_view::npos && (slash == std::string_view::npos || dot > slash);
  const std::string ext = has_ext ? util::to_lower_ascii(name.substr(dot + 1)) : std::string();
  if (ext == "txt" || ext == "text" || ext.empty()) return Format::txt;
  if (ext == "md" || ext == "markdown") return Format::md;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return Format::html;
  if (ext == "json") return Format::json;
  if (ext == "jsonl" || ext == "ndjson") return Format::jsonl;
  if (explicit_file) return Format::txt;  // named on the command line: try it as text
  return std::nullopt;
}

// Files the tool writes or reads beside articles, never articles themselves.
bool is_own_file(std::string_view name) {
  return util::iends_with(name, ".meta.json") || name == "expected.json" || util::iends_with(name, ".timeline.json") ||
         util::iends_with(name, ".timeline.html") || util::iends_with(name, ".timeline.md") ||
         util::iends_with(name, ".timeline.csv") || util::iends_with(name, ".claims.jsonl");
}

// A path that prints on one line and is valid UTF-8: control bytes and invalid UTF-8 as \xNN.
std::string printable(const std::string& raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size();) {
    const auto b = static_cast<unsigned char>(raw[i]);
    if (b >= 0x80) {
      std::size_t j = i;
      const char32_t cp = util::next_code_point(raw, j);
      if (cp != 0xFFFD || raw.compare(i, 3, "\xEF\xBF\xBD") == 0) {
        out.append(raw, i, j - i);
        i = j;
        continue;
      }
    }
    if (b < 0x20 || b == 0x7F || b >= 0x80) {
      static constexpr char k_hex[] = "0123456789abcdef";
      out += "\\x";
      out += k_hex[b >> 4];
      out += k_hex[b & 15];
    } else {
      out.push_back(static_cast<char>(b));
    }
    ++i;
  }
  return out;
}

Confidence confidence_for(DateOrigin origin, const PublicationDate& pd) {
  switch (origin) {
    case DateOrigin::cli:
    case DateOrigin::sidecar: return Confidence::high;
    case DateOrigin::metadata: return pd.local && pd.local->hour && !pd.offset_minutes ? Confidence::medium : Confidence::high;
    case DateOrigin::dateline:
      if (pd.updated) return Confidence::low;
      return pd.local && pd.local->hour && pd.offset_minutes ? Confidence::high : Confidence::medium;
    case DateOrigin::url:  // the path a site files the story under: usually its first publication
      return Confidence::medium;
    case DateOrigin::filename: return Confidence::low;
    case DateOrigin::none: return Confidence::none;
  }
  return Confidence::none;
}

struct Context {
  const Resources& res;
  const Options& options;
  const Lexicon* lexicon;
  std::string display;
  std::optional<Sidecar> sidecar;
};

std::optional<Document> finish(Draft draft, Format format, std::string id, const Context& ctx, Batch& batch) {
  // Control characters (a terminal's escape sequences, bells, backspaces) never reach a
  // renderer: blanked in place, so offsets into the body stay those of the text read.
  if (const auto n = util::blank_controls(draft.body); n > 0)
    draft.warnings.push_back(std::to_string(n) + " control character(s) replaced with spaces");
  for (std::string* field : {&draft.title, &draft.outlet, &draft.url, &draft.published_text})
    util::blank_controls(*field);
  Document doc;
  doc.id = std::move(id);
  doc.path = ctx.display;
  doc.format = format;
  doc.body = std::move(draft.body);
  if (!util::is_valid_utf8(doc.body)) doc.body = util::decode_text(doc.body).text;
  doc.warnings = std::move(draft.warnings);
  doc.url = std::move(draft.url);

  const auto lines = split_lines(doc.body);
  HeaderInfo header = analyse_header(doc.body, lines, ctx.res, draft.title, draft.header);
  doc.header = std::move(draft.header);
  doc.header.insert(doc.header.end(), header.lines.begin(), header.lines.end());
  doc.title = !draft.title.empty() ? draft.title : header.title;
  if (!draft.outlet.empty()) {
    doc.outlet = draft.outlet;
    doc.outlet_origin = "metadata";
  } else if (!header.credit_outlet.empty()) {
    doc.outlet = header.credit_outlet;
    doc.outlet_origin = "credit";
  }

  std::vector<bool> skip(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i)
    for (const auto& h : doc.header)
      if (h.span.begin <= lines[i].span.begin && lines[i].span.end <= h.span.end && !lines[i].text.empty()) skip[i] = true;
  doc.removed = std::move(draft.removed);
  auto furniture = find_furniture(doc.body, lines, skip, ctx.res);
  doc.removed.insert(doc.removed.end(), furniture.begin(), furniture.end());

  // Publication date, strongest origin first.
  std::optional<PublicationDate> metadata;
  if (!draft.published_text.empty()) {
    metadata = parse_date_string(draft.published_text, ctx.res);
    if (metadata) metadata->evidence = draft.published_source + ": " + draft.published_text;
    else doc.warnings.push_back(draft.published_source + " '" + util::preview(draft.published_text, 80) +
                                "' is not a date this tool reads: ignored");
  }
  const std::string file_name = fs::path(ctx.display).filename().string();
  auto from_name = date_from_filename(file_name);
  auto pick = [&](const std::optional<PublicationDate>& pd, DateOrigin origin) {
    if (doc.published.known() || !pd || !pd->known()) return;
    doc.published = *pd;
    doc.published.origin = origin;
    doc.published.confidence = confidence_for(origin, *pd);
  };
  pick(ctx.options.published, DateOrigin::cli);
  if (ctx.sidecar) pick(ctx.sidecar->published, DateOrigin::sidecar);
  pick(metadata, DateOrigin::metadata);
  pick(header.date, DateOrigin::dateline);
  const std::string& url = ctx.sidecar && !ctx.sidecar->url.empty() ? ctx.sidecar->url : doc.url;
  if (!doc.published.known() && !url.empty()) pick(date_from_url(url, ctx.res), DateOrigin::url);
  pick(from_name, DateOrigin::filename);
  // The day a page's top bar shows ("Tuesday 4 March 2025" before the article): the day the page
  // was printed, most often the day of its story; weak, so any other origin comes first.
  if (!doc.published.known() && !draft.masthead_text.empty()) {
    pick(parse_date_string(draft.masthead_text, ctx.res), DateOrigin::dateline);
    if (doc.published.known()) {
      doc.published.confidence = Confidence::low;
      doc.published.evidence = "page top bar: " + draft.masthead_text;
    }
  }
  if (!doc.published.known() && header.month_day) {  // the correlator may find its year
    doc.published.month_day = header.month_day;
    doc.published.evidence = header.month_day_evidence;
  }
  if (ctx.sidecar) {
    if (!ctx.sidecar->outlet.empty()) {
      doc.outlet = ctx.sidecar->outlet;
      doc.outlet_origin = "sidecar";
    }
    if (!ctx.sidecar->title.empty()) doc.title = ctx.sidecar->title;
    if (!ctx.sidecar->url.empty()) doc.url = ctx.sidecar->url;
    for (std::string* field : {&doc.title, &doc.outlet, &doc.url}) util::blank_controls(*field);
  }
  if (doc.published.known() && doc.published.local->hour && !doc.published.offset_minutes &&
      !doc.published.zone.empty())
    doc.warnings.push_back("time zone '" + doc.published.zone + "' is not in this machine's tz database: UTC time unknown");

  std::sort(doc.header.begin(), doc.header.end(),
            [](const HeaderLine& a, const HeaderLine& b) { return a.span.begin < b.span.begin; });
  if (auto seg = segment::segment(doc, ctx.lexicon); !seg) {
    batch.skipped.push_back({doc.id, seg.error()});
    return std::nullopt;
  }
  if (doc.sentences.empty()) {
    std::string reason = doc.removed.empty() ? "no article text" : "no article text left after removing page furniture";
    for (const auto& w : doc.warnings) reason += "; " + w;
    batch.skipped.push_back({doc.id, reason});
    batch.diagnostics.push_back({ctx.display, 0, Severity::warning, "skipped: " + batch.skipped.back().reason});
    return std::nullopt;
  }
  for (const auto& w : doc.warnings) batch.diagnostics.push_back({doc.id, 0, Severity::warning, w});
  return doc;
}

void skip(Batch& batch, const std::string& path, const std::string& reason, Severity severity = Severity::warning) {
  batch.skipped.push_back({path, reason});
  batch.diagnostics.push_back({path, 0, severity, "skipped: " + reason});
}

Batch load_impl(std::string_view display, std::string_view bytes, const Options& options,
                const std::optional<Sidecar>& sidecar, bool explicit_file) {
  Batch batch;
  const std::string name(display);
  auto res = resources_for(options.lexicon);
  if (!res) {
    skip(batch, name, res.error(), Severity::error);
    return batch;
  }
  // A README beside the articles documents the folder; it is listed, not read as news.
  const std::string stem = util::to_lower_ascii(fs::path(name).stem().string());
  if (!explicit_file && stem == "readme") {
    skip(batch, name, "documentation (README), not an article", Severity::note);
    return batch;
  }
  const auto format = format_for(name, explicit_file);
  if (!format) {
    const auto dot = name.rfind('.');
    skip(batch, name, "unsupported file type" + (dot == std::string::npos ? std::string() : " '" + name.substr(dot) + "'") +
                          " (articles are .txt, .md, .html, .htm, .json or .jsonl)",
         Severity::note);
    return batch;
  }
  if (bytes.empty()) {
    skip(batch, name, "empty file");
    return batch;
  }
  if (util::looks_binary(bytes)) {
    skip(batch, name, "binary file, not text");
    return batch;
  }
  static std::once_flag xml_init;
  std::call_once(xml_init, [] { xmlInitParser(); });

  util::DecodedText decoded;
  const bool raw_html = *format == Format::html && !util::is_valid_utf8(bytes);
  if (!raw_html) decoded = util::decode_text(bytes);
  std::vector<std::string> file_warnings;
  if (decoded.replaced > 0)
    file_warnings.push_back("invalid UTF-8: " + std::to_string(decoded.replaced) + " byte sequence(s) replaced with U+FFFD");
  if (decoded.from_utf16) file_warnings.push_back("UTF-16 text converted to UTF-8");
  if (raw_html) file_warnings.push_back("not UTF-8: decoded with the page's declared charset (ISO-8859-1 if none)");
  const std::string text = raw_html ? std::string(bytes) : util::normalize_newlines(decoded.text);

  Context ctx{**res, options, options.lexicon, name, sidecar};
  std::vector<Draft> drafts;
  std::vector<std::string> ids;
  switch (*format) {
    case Format::txt: {
      Draft d;
      d.body = text;
      drafts.push_back(std::move(d));
      ids.push_back(name);
      break;
    }
    case Format::md:
      drafts.push_back(read_markdown(text, **res));
      ids.push_back(name);
      break;
    case Format::html:
      drafts.push_back(read_html(text, **res));
      ids.push_back(name);
      break;
    case Format::json:
    case Format::jsonl: {
      JsonArticles articles = read_json(text, *format == Format::jsonl, **res);
      const bool numbered = *format == Format::jsonl || articles.articles.size() + articles.problems.size() > 1;
      for (std::size_t k = 0; k < articles.articles.size(); ++k) {
        drafts.push_back(std::move(articles.articles[k]));
        ids.push_back(numbered ? name + "#" + std::to_string(articles.indexes[k]) : name);
      }
      for (const auto& problem : articles.problems) {
        // "line 3: …" / "article 2: …" name the article inside the file.
        const auto space = problem.find(' ');
        const auto colon = problem.find(':');
        std::string where = name;
        if (numbered && space != std::string::npos && colon != std::string::npos && colon > space &&
            (problem.rfind("line ", 0) == 0 || problem.rfind("article ", 0) == 0) &&
            problem.find(", column") > colon)
          where = name + "#" + problem.substr(space + 1, colon - space - 1);
        skip(batch, where, problem);
      }
      if (articles.articles.empty() && articles.problems.empty()) skip(batch, name, "no articles in the file");
      break;
    }
  }
  for (std::size_t k = 0; k < drafts.size(); ++k) {
    drafts[k].warnings.insert(drafts[k].warnings.begin(), file_warnings.begin(), file_warnings.end());
    if (auto doc = finish(std::move(drafts[k]), *format, ids[k], ctx, batch)) batch.documents.push_back(std::move(*doc));
  }
  return batch;
}

}  // namespace

Result<std::vector<Input>> collect(const std::vector<fs::path>& paths) {
  std::vector<Input> inputs;
  for (const auto& path : paths) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      const auto lstatus = fs::symlink_status(path, ec);
      if (fs::is_symlink(lstatus))
        return Error{printable(path.string()) + ": broken symbolic link or symbolic link loop"};
      return Error{printable(path.string()) + ": no such file or folder"};
    }
    if (!fs::is_directory(status)) {
      inputs.push_back({path, printable(path.string()), "", true});
      continue;
    }
    for (auto& entry : util::walk_files(path)) {
      const std::string name = entry.path.filename().string();
      if (entry.problem.empty() && is_own_file(name)) continue;
      const std::string display =
          printable(paths.size() == 1 ? entry.relative.generic_string() : (path / entry.relative).generic_string());
      inputs.push_back({entry.path, display, entry.problem, false});
    }
  }
  return inputs;
}

Batch load_input(const Input& input, const Options& options) {
  if (!input.problem.empty()) {
    Batch batch;
    skip(batch, input.display, input.problem);
    return batch;
  }
  if (!input.explicit_file && !format_for(input.display, false)) return load_impl(input.display, {}, options, std::nullopt, false);
  const auto read = util::read_file(input.path, options.max_bytes);
  if (!read.ok) {
    Batch batch;
    skip(batch, input.display, read.error);
    return batch;
  }
  // Sidecar: NAME.meta.json beside the file (NAME with or without its extension).
  std::optional<Sidecar> sidecar;
  std::vector<Diagnostic> sidecar_problems;
  for (const fs::path& candidate : {fs::path(input.path.string() + ".meta.json"),
                                   input.path.parent_path() / (input.path.stem().string() + ".meta.json")}) {
    std::error_code ec;
    if (!fs::is_regular_file(candidate, ec)) continue;
    const auto side = util::read_file(candidate, k_max_sidecar_bytes);
    auto res = resources_for(options.lexicon);
    std::string problem = side.ok ? "" : side.error;
    if (side.ok && res) sidecar = parse_sidecar(side.bytes, **res, problem);
    if (!sidecar) {
      sidecar_problems.push_back({printable(candidate.string()), 0, Severity::warning, "sidecar ignored: " + problem});
      continue;
    }
    break;
  }
  Batch batch = load_impl(input.display, read.bytes, options, sidecar, input.explicit_file);
  batch.diagnostics.insert(batch.diagnostics.begin(), sidecar_problems.begin(), sidecar_problems.end());
  return batch;
}

Batch load_bytes(std::string_view name, std::string_view bytes, const Options& options, std::string_view sidecar_json) {
  std::optional<Sidecar> sidecar;
  Batch pre;
  if (!sidecar_json.empty()) {
    auto res = resources_for(options.lexicon);
    std::string problem;
    if (res) sidecar = parse_sidecar(sidecar_json, **res, problem);
    if (!sidecar) pre.diagnostics.push_back({std::string(name) + ".meta.json", 0, Severity::warning, "sidecar ignored: " + problem});
  }
  Batch batch = load_impl(name, bytes, options, sidecar, false);
  batch.diagnostics.insert(batch.diagnostics.begin(), pre.diagnostics.begin(), pre.diagnostics.end());
  return batch;
}

Result<Batch> load_paths(const std::vector<fs::path>& paths, const Options& options) {
  auto inputs = collect(paths);
  if (!inputs) return Error{inputs.error()};
  Batch all;
  for (const auto& input : *inputs) {
    Batch b = load_input(input, options);
    std::move(b.documents.begin(), b.documents.end(), std::back_inserter(all.documents));
    std::move(b.skipped.begin(), b.skipped.end(), std::back_inserter(all.skipped));
    std::move(b.diagnostics.begin(), b.diagnostics.end(), std::back_inserter(all.diagnostics));
  }
  return all;
}

}  // namespace timeline::load
