#include "load/header.hpp"

#include <algorithm>

#include "load/dateline.hpp"
#include "load/furniture.hpp"
#include "util/strings.hpp"

namespace timeline::load {
namespace {

// A dateline or headline sits in the first lines; beyond them, dates belong to the story.
constexpr std::size_t k_header_lines = 12;
constexpr std::size_t k_header_bytes = 3000;
constexpr std::size_t k_max_title_words = 30;
constexpr std::size_t k_max_dateline_prefix = 80;
// How many lines of text (past the title) may come before the line that opens with a dateline.
constexpr std::size_t k_lead_dateline_lines = 4;
constexpr std::size_t k_max_masthead_words = 4;

bool same_text(std::string_view a, std::string_view b) { return util::iequals_collapsed(a, b); }

bool is_headline(std::string_view text) {
  return !text.empty() && !ends_like_sentence(text) && word_count(text) <= k_max_title_words && text.size() <= 300 &&
         list_marker_length(text) == 0 && !is_marker_only(text);
}

// A dateline that opens with its city before a comma ("SALTMERE, 14 March 2025", "LONDON, April 16
// (Ledger Wire)"), not a bare date ("12 March 2025 - Staff notice …" opens a chronology's entry).
bool city_first(std::string_view prefix) {
  prefix = util::trim(prefix);
  const auto comma = prefix.find(',');
  if (prefix.empty() || comma == std::string_view::npos || comma == 0 || comma > 40) return false;
  if (!(prefix[0] >= 'A' && prefix[0] <= 'Z')) return false;
  return std::none_of(prefix.begin(), prefix.begin() + static_cast<std::ptrdiff_t>(comma),
                      [](char ch) { return ch >= '0' && ch <= '9'; });
}

// The dash that ends a dateline or credit prefix: " — ", " – ", " - ", " -- ".
std::optional<std::pair<std::size_t, std::size_t>> prefix_dash(std::string_view text) {
  for (const std::string_view dash : {std::string_view(" \xE2\x80\x94"), std::string_view(" \xE2\x80\x93"),
                                      std::string_view(" - "), std::string_view(" -- "), std::string_view("\xE2\x80\x94")}) {
    const auto pos = text.find(dash);
    if (pos != std::string_view::npos && pos > 0 && pos <= k_max_dateline_prefix) return std::make_pair(pos, dash.size());
  }
  return std::nullopt;
}

// "OSLO (Nordic Wire) —" → "Nordic Wire". The city is in capitals, the outlet in parentheses.
std::string credit_outlet(std::string_view text) {
  const auto dash = prefix_dash(text);
  if (!dash) return {};
  const std::string_view prefix = util::trim(text.substr(0, dash->first));
  const auto open = prefix.find('(');
  if (open == std::string_view::npos || prefix.back() != ')' || open == 0) return {};
  const std::string_view city = util::trim(prefix.substr(0, open));
  // The city's first word is in capitals ("TOKYO", "COLUMBUS, Ohio", "NEW YORK").
  std::size_t upper = 0;
  for (const char c : city) {
    if (c == ' ' || c == ',') break;
    if (!util::is_ascii_upper(c) && c != '.' && c != '-' && c != '\'') return {};
    ++upper;
  }
  const bool has_upper = upper >= 2;
  const std::string_view outlet = util::trim(prefix.substr(open + 1, prefix.size() - open - 2));
  if (!has_upper || outlet.size() < 2 || outlet.find('(') != std::string_view::npos) return {};
  bool has_letter = false;
  for (const char c : outlet)
    if (util::is_ascii_alpha(c)) has_letter = true;
  return has_letter ? std::string(outlet) : std::string();
}

// The city a wire lead opens with, before its dash and without a date: its first word in
// capitals, then a region or an agency ("SKIEN, Telemark (NW)", "OSLO (Nordic Wire)"), at most
// six words in all ("UPDATE" alone is no city).
bool wire_city(std::string_view prefix) {
  prefix = util::trim(prefix);
  std::size_t upper = 0;
  for (const char c : prefix) {
    if (c == ' ' || c == ',') break;
    if (!util::is_ascii_upper(c) && c != '.' && c != '-' && c != '\'') return false;
    ++upper;
  }
  return upper >= 2 && word_count(prefix) <= 6 &&
         (prefix.find(',') != std::string_view::npos || prefix.find('(') != std::string_view::npos);
}

// "By Nadia Osei and Pieter van Luyk", "BY JANE DOE, Harbor Wire": an author credit. Names are
// capitalised; the few lower-case words are those that join or prefix them.
bool is_byline(std::string_view text) {
  if (text.size() < 5 || !(text.substr(0, 3) == "By " || text.substr(0, 3) == "BY ")) return false;
  static constexpr std::string_view k_joiners[] = {"and", "&", "|", "-", "de", "van", "von", "der", "den",
                                                   "da",  "di", "du", "le", "la", "del", "bin", "al"};
  std::size_t words = 0;
  for (std::size_t i = 3; i < text.size();) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    std::string_view word = text.substr(i, j - i);
    i = j;
    while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
    if (word.empty()) continue;
    if (++words > 10) return false;
    for (const char c : word)
      if (util::is_ascii_digit(c)) return false;
    const bool joiner = std::find(std::begin(k_joiners), std::end(k_joiners), word) != std::end(k_joiners);
    if (!joiner && !util::is_ascii_upper(word[0]) && static_cast<unsigned char>(word[0]) < 0x80) return false;
  }
  return words >= 1 && !ends_like_sentence(text);
}

bool short_label(std::string_view text) {
  return word_count(text) <= k_max_masthead_words && is_headline(text) && !is_byline(text);
}

// Words at most in each name a label strings together ("Technology & Society").
constexpr std::size_t k_max_label_part_words = 3;
// Lines at most from a date line to the headline under it (labels of the page between).
constexpr std::size_t k_lines_to_headline = 8;

// Letters all in capitals, at least two of them.
bool all_capitals(std::string_view text) {
  std::size_t letters = 0;
  for (const char c : text) {
    if (util::is_ascii_lower(c)) return false;
    if (util::is_ascii_upper(c)) ++letters;
  }
  return letters >= 2;
}

// A wire's slug: one word of parts joined by hyphens or slashes, maybe with a flag after it
// ("CHARITY-CYBER/Quillmoor-fine (URGENT)").
bool is_slug(std::string_view text) {
  text = util::trim(text);
  const std::string_view word = text.substr(0, text.find(' '));
  if (word.size() < 5 || (word.find('-') == std::string_view::npos && word.find('/') == std::string_view::npos))
    return false;
  if (!std::any_of(word.begin(), word.end(), [](char c) { return util::is_ascii_upper(c); })) return false;
  const std::string_view rest = util::trim(text.substr(word.size()));
  return rest.empty() || (rest.front() == '(' && rest.back() == ')' && rest.size() <= 24);
}

// From line `from`, past datelines, slugs and lines the furniture lexicon labels, the line of a
// headline that stands on its own (a blank line under it) before any text, or npos.
std::size_t headline_under(const std::vector<Line>& lines, std::size_t from, const Resources& res) {
  for (std::size_t j = from; j < lines.size() && j < from + k_lines_to_headline; ++j) {
    if (lines[j].text.empty() || parse_dateline(lines[j].text, res) || is_furniture_line(lines[j].text, res) ||
        is_slug(lines[j].text))
      continue;
    const bool headline = is_headline(lines[j].text) && !all_capitals(lines[j].text) && !is_byline(lines[j].text) &&
                          (j + 1 >= lines.size() || lines[j + 1].text.empty());
    return headline ? j : std::string_view::npos;
  }
  return std::string_view::npos;
}

// The parts of `text` between occurrences of the whole separator `sep` (" · " is more than a byte).
std::vector<std::string_view> split_on(std::string_view text, std::string_view sep) {
  std::vector<std::string_view> parts;
  for (std::size_t from = 0;;) {
    const std::size_t at = text.find(sep, from);
    parts.push_back(text.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
    if (at == std::string_view::npos) return parts;
    from = at + sep.size();
  }
}

// Short labels at the top of a page (in capitals, or names strung with " | "), over its date line, when a headline
// stands alone under the date (and the labels a furniture line, if any): the outlet's name, its section. The index of
// the date line (0 when the top of the page is not so made).
constexpr std::size_t k_max_label_words = 8;
constexpr std::size_t k_max_labels = 3;
std::size_t labels_over_dateline(const std::vector<Line>& lines, const Resources& res) {
  std::size_t labels = 0, label_words = 0;
  for (std::size_t i = 0; i < lines.size() && i < 2 * k_max_labels + 1; ++i) {
    const std::string_view text = lines[i].text;
    if (text.empty()) continue;
    if (parse_dateline(text, res)) {
      // The headline says more than any label over the date.
      const std::size_t h = headline_under(lines, i + 1, res);
      return labels > 0 && h != std::string_view::npos && word_count(lines[h].text) > label_words ? i : 0;
    }
    // A label is a short name in capitals, or short names strung together ("World Service |
    // Technology & Society"): a headline over its date is neither ("RANSOMWARE SHUTS CITY WATER
    // BILLING", "Ransomware hits Harbor water billing | Harbor Courier").
    bool strung = false, short_parts = true;
    for (const std::string_view sep :
         {std::string_view(" | "), std::string_view(" / "), std::string_view(" \xC2\xB7 ")}) {
      if (text.find(sep) == std::string_view::npos) continue;
      strung = true;
      for (const auto part : split_on(text, sep))
        short_parts = short_parts && word_count(util::trim(part)) <= k_max_label_part_words;
    }
    const bool label_like = (all_capitals(text) && word_count(text) <= k_max_masthead_words) || (strung && short_parts);
    if (labels == k_max_labels || word_count(text) > k_max_label_words || !is_headline(text) || is_byline(text) ||
        !label_like)
      return 0;
    ++labels;
    label_words = std::max(label_words, word_count(text));
  }
  return 0;
}

// Short labels at the top of a page over its headline, when a byline or a dateline follows the
// headline ("THE HARBOUR POST", "News | Business | Sport | Culture", "BUSINESS", then the headline,
// then "By Ida Brennan" or "HARBOURTON, Thursday 5 May — …"): the outlet's name, its sections. The
// index of the headline (0 when the top of the page is not so made).
std::size_t labels_over_headline(const std::vector<Line>& lines, const Resources& res) {
  std::size_t labels = 0, label_words = 0;
  for (std::size_t i = 0; i < lines.size() && i < 2 * k_max_labels + 1; ++i) {
    const std::string_view text = lines[i].text;
    if (text.empty()) continue;
    bool strung = false, short_parts = true;
    std::size_t parts = 0;
    for (const std::string_view sep :
         {std::string_view(" | "), std::string_view(" / "), std::string_view(" \xC2\xB7 ")}) {
      if (text.find(sep) == std::string_view::npos) continue;
      strung = true;
      for (const auto part : split_on(text, sep)) {
        short_parts = short_parts && word_count(util::trim(part)) <= k_max_label_part_words;
        ++parts;
      }
    }
    const bool capitals = all_capitals(text) && word_count(text) <= k_max_masthead_words && is_headline(text) &&
                          !is_byline(text) && !parse_dateline(text, res);
    const bool navigation = strung && short_parts && parts <= 2 * k_max_labels + 4 &&
                            std::none_of(text.begin(), text.end(), [](char c) { return util::is_ascii_digit(c); });
    if (capitals || navigation) {
      if (++labels > k_max_labels) return 0;
      if (capitals) label_words = std::max(label_words, word_count(text));
      continue;
    }
    // The headline: longer than the labels, not in capitals, alone, a byline or a dateline under it.
    if (labels == 0 || !is_headline(text) || all_capitals(text) || is_byline(text) || word_count(text) <= label_words ||
        i + 1 >= lines.size() || !lines[i + 1].text.empty())
      return 0;
    std::size_t j = i + 1;
    while (j < lines.size() && lines[j].text.empty()) ++j;
    if (j >= lines.size()) return 0;
    const std::string_view next = lines[j].text;
    const auto dash = prefix_dash(next);
    const bool dated =
        parse_dateline(next, res).has_value() ||
        (dash && city_first(next.substr(0, dash->first)) &&
         (parse_dateline(next.substr(0, dash->first), res) || parse_wire_dateline(next.substr(0, dash->first), res) ||
          parse_wire_month_day(next.substr(0, dash->first), res)));
    return is_byline(next) || dated ? i : 0;
  }
  return 0;
}

// Lines at most, from the end of the page, where a publication line is looked for.
constexpr std::size_t k_footer_lines = 15;

// "Published …", "First published …", "Posted on …": a line that opens with a word of role
// `published` of dateline_words.tsv (after at most one word of role `filler`); also after words
// of role `self`, opened by "this", that name the article ("This story was first published on
// …"). Where the dateline begins (after those words), or npos for a line that is none.
std::size_t publication_line_start(std::string_view text, const Resources& res) {
  auto word_at = [&](std::size_t i) {
    std::size_t j = i;
    while (j < text.size() && util::is_ascii_alpha(text[j])) ++j;
    return j;
  };
  auto role_of = [&](std::size_t i, std::size_t j) -> std::string_view {
    const auto it = res.dateline_words.find(util::to_lower_ascii(text.substr(i, j - i)));
    return it == res.dateline_words.end() ? std::string_view{} : std::string_view{it->second};
  };
  auto skip_space = [&](std::size_t i) {
    while (i < text.size() && (text[i] == ' ' || text[i] == ':')) ++i;
    return i;
  };
  std::size_t start = 0;
  if (const std::size_t j = word_at(0);
      j > 0 && util::to_lower_ascii(text.substr(0, j)) == "this" && role_of(0, j) == "self") {
    std::size_t i = skip_space(j);
    for (int word = 0; word < 3; ++word) {
      const std::size_t e = word_at(i);
      if (e == i || role_of(i, e) != "self") break;
      i = skip_space(e);
    }
    start = i;
  }
  std::size_t i = start;
  for (int word = 0; word < 2 && i < text.size(); ++word) {
    const std::size_t j = word_at(i);
    if (j == i) return std::string_view::npos;
    const std::string_view role = role_of(i, j);
    if (role == "published") return start;
    // ("First published …"; not "Report published 3 May 2019", a link's line.)
    if (role != "filler") return std::string_view::npos;
    i = skip_space(j);
  }
  return std::string_view::npos;
}

}  // namespace

HeaderInfo analyse_header(std::string_view body, const std::vector<Line>& lines, const Resources& res,
                          std::string_view known_title, const std::vector<HeaderLine>& known_lines) {
  HeaderInfo info;
  std::size_t seen = 0;
  bool title_done = false;
  bool after_byline = false;                   // the line before was a byline
  std::optional<std::size_t> first_text_line;  // first line that is neither title nor dateline
  std::size_t text_lines = 0;                  // lines of text seen since
  std::optional<std::optional<bool>> day_first;  // from the spelling, once needed
  const std::size_t labels_end = std::max(labels_over_dateline(lines, res), labels_over_headline(lines, res));
  // The date before a lead's dash ("WASHINGTON, Sept. 7, 2017 —", "LONDON, April 16 (Ledger Wire)
  // -", a wire's month and day without its year): recorded with its line; false for none.
  auto prefix_date = [&](const Line& line, std::pair<std::size_t, std::size_t> dash) {
    const std::string_view prefix = line.text.substr(0, dash.first);
    const ByteSpan span{line.span.begin, line.span.begin + dash.first + dash.second};
    auto date = parse_dateline(prefix, res);
    if (!date) date = parse_wire_dateline(prefix, res);
    if (date) {
      date->evidence = std::string(util::trim(prefix));
      info.date = std::move(date);
    } else if (auto month_day = parse_wire_month_day(prefix, res)) {
      info.month_day = month_day;
      info.month_day_evidence = std::string(util::trim(prefix));
    } else {
      return false;
    }
    info.lines.push_back({span, "dateline"});
    return true;
  };
  // The outlet a wire's credit before the dash names ("OSLO (Nordic Wire) —").
  auto read_credit = [&](const Line& line, std::pair<std::size_t, std::size_t> dash) {
    if (!info.credit_outlet.empty()) return;
    info.credit_outlet = credit_outlet(line.text);
    if (!info.credit_outlet.empty())
      info.lines.push_back({{line.span.begin, line.span.begin + dash.first + dash.second}, "credit"});
  };
  for (std::size_t i = 0; i < lines.size() && seen < k_header_lines; ++i) {
    const Line& line = lines[i];
    if (line.text.empty()) continue;
    if (line.span.begin > k_header_bytes) break;
    ++seen;
    const auto known = std::find_if(known_lines.begin(), known_lines.end(), [&](const HeaderLine& h) {
      return h.span.begin <= line.span.begin && line.span.end <= h.span.end;
    });
    // A numeric date that reads both ways ("06/02/2024") is read the way the article spells.
    auto read_dateline = [&](std::string& how) {
      bool ambiguous = false;
      auto dated = parse_dateline(line.text, res, std::nullopt, &ambiguous);
      if (!dated && ambiguous) {
        if (!day_first) day_first = day_first_by_spelling(body, res);
        if (*day_first) {
          dated = parse_dateline(line.text, res, *day_first);
          how = **day_first ? " (day first, as the article spells and writes its dates)"
                            : " (month first, as the article spells and writes its dates)";
        }
      }
      return dated;
    };
    if (known != known_lines.end()) {
      // "By Jane Doe | 20 September 2024" in a byline element dates the article too.
      std::string how;
      if (auto dated = read_dateline(how); dated && (!info.date || (info.date->updated && !dated->updated))) {
        dated->evidence = std::string(line.text) + how;
        info.date = std::move(dated);
      }
      continue;
    }
    // The outlet's name and section over the date line ("CONTINENTAL WIRE SERVICE", "World
    // Service | Technology & Society", then "16 October 2024"), with the headline under the date.
    if (i < labels_end) {
      info.lines.push_back({line.span, "masthead"});
      continue;
    }
    // A title repeated by the page (headline, then the same headline again) is one title.
    const std::string_view title = !known_title.empty() ? known_title : std::string_view(info.title);
    if (!title.empty() && same_text(line.text, title)) {
      info.lines.push_back({line.span, "title"});
      continue;
    }
    std::string how;
    auto dated = read_dateline(how);
    if (dated) {
      if (!info.date || (info.date->updated && !dated->updated)) {
        dated->evidence = std::string(line.text) + how;
        info.date = std::move(dated);
      }
      info.lines.push_back({line.span, "dateline"});
      continue;
    }
    // "NEWS | MONDAY, JAN. 15": the top's date without its year, with its weekday (the
    // correlator finds the year).
    if (!info.date && !info.month_day) {
      if (auto month_day = parse_month_day_line(line.text, res)) {
        info.month_day = month_day;
        info.month_day_evidence = std::string(line.text);
        info.lines.push_back({line.span, "dateline"});
        continue;
      }
    }
    // A label of the page among the header lines ("Category: Technology"): furniture, removed
    // later, that neither is the title nor starts the text.
    if (!first_text_line && is_furniture_line(line.text, res)) continue;
    if (!first_text_line && is_slug(line.text)) {
      info.lines.push_back({line.span, "masthead"});
      continue;
    }
    if (!first_text_line && is_byline(line.text)) {
      info.lines.push_back({line.span, "byline"});
      after_byline = true;
      continue;
    }
    // The outlet's name on the line under the byline ("By Jane Doe" then "Harbor Wire").
    if (!first_text_line && after_byline && short_label(line.text)) {
      after_byline = false;
      info.lines.push_back({line.span, "masthead"});
      continue;
    }
    after_byline = false;
    // A short label right under the title and over a byline or a dateline: the outlet's name or
    // a section ("Harbor Wire", "Business").
    if (!first_text_line && !info.title.empty() && short_label(line.text) && i + 1 < lines.size() &&
        (is_byline(lines[i + 1].text) || parse_dateline(lines[i + 1].text, res))) {
      info.lines.push_back({line.span, "masthead"});
      continue;
    }
    if (!title_done && known_title.empty() && info.title.empty() && !first_text_line && is_headline(line.text) &&
        furniture_key(line.text).size() > 0) {
      // A headline is followed by a blank line, a dateline, or itself.
      const bool next_blank = i + 1 >= lines.size() || lines[i + 1].text.empty();
      const bool next_dateline = i + 1 < lines.size() && parse_dateline(lines[i + 1].text, res).has_value();
      const bool next_same = i + 1 < lines.size() && same_text(lines[i + 1].text, line.text);
      // …or a byline, maybe under a short label: "Allied Wire" then "By Jane Doe".
      const bool next_byline =
          i + 1 < lines.size() &&
          (is_byline(lines[i + 1].text) ||
           (short_label(lines[i + 1].text) && i + 2 < lines.size() &&
            (is_byline(lines[i + 2].text) || parse_dateline(lines[i + 2].text, res).has_value())));
      if (next_blank || next_dateline || next_same || next_byline) {
        // A short line above a longer headline is the page's masthead or section label
        // ("USA TODAY US Edition", "Breach, Data Security"), not the title.
        if (word_count(line.text) <= k_max_masthead_words && next_blank) {
          std::size_t j = i + 1;
          while (j < lines.size() && lines[j].text.empty()) ++j;
          if (j < lines.size() && is_headline(lines[j].text) && word_count(lines[j].text) > word_count(line.text) &&
              !is_byline(lines[j].text) && !parse_dateline(lines[j].text, res)) {
            info.lines.push_back({line.span, "masthead"});
            continue;
          }
        }
        info.title = std::string(line.text);
        info.lines.push_back({line.span, "title"});
        title_done = true;
        continue;
      }
    }
    title_done = true;
    if (!first_text_line) first_text_line = i;
    // A wire's summary bullets ("* Now says 41,500 accounts accessed") and its byline under them
    // come before the lead too.
    const bool bullet = line.text.size() > 2 && (line.text[0] == '*' || line.text[0] == '-') && line.text[1] == ' ';
    // Nor do the page's short labels and furniture between them ("THE DUNMERE POST", "News |
    // Business | Sport", "BUSINESS") push the lead out of reach.
    if (!bullet && !is_byline(line.text) && !short_label(line.text) && !is_furniture_line(line.text, res)) ++text_lines;
    // A distributor's notice over a press release ("NEWSDESK - Releases distributed on behalf of
    // third parties.", "PRESS RELEASE", its headline): the dated lead a few lines down still
    // opens with its dateline ("SALTMERE, 14 March 2025 - …", "LONDON, April 16 (Ledger Wire) - …").
    if (i != *first_text_line && text_lines <= k_lead_dateline_lines && !info.date && !info.month_day) {
      if (const auto dash = prefix_dash(line.text);
          dash && city_first(line.text.substr(0, dash->first)) && prefix_date(line, *dash))
        read_credit(line, *dash);
    }
    // The lead may open with a dateline or a credit before a dash.
    if (i == *first_text_line) {
      if (const auto dash = prefix_dash(line.text)) {
        const std::string_view prefix = line.text.substr(0, dash->first);
        if (!info.date && !prefix_date(line, *dash) && wire_city(prefix)) {
          // "SKIEN, Telemark (NW) — May 3, 2022 — A paper mill …": the date between the city's
          // dash and the next.
          const std::size_t after = dash->first + dash->second;
          const std::string_view rest = line.text.substr(after);
          if (const auto second = prefix_dash(rest)) {
            const std::string_view between = rest.substr(0, second->first);
            if (auto between_date = parse_dateline(between, res)) {
              between_date->evidence = std::string(util::trim(line.text.substr(0, after + second->first)));
              info.date = std::move(between_date);
              info.lines.push_back(
                  {{line.span.begin, line.span.begin + after + second->first + second->second}, "dateline"});
            }
          }
        }
        read_credit(line, *dash);
      }
    }
    if (info.date && seen > 3) break;
  }
  // "Published 13 July 2023 · Updated 14 July 2023", "Posted Oct. 8, 2024": a line at the foot of
  // the page that says it gives the publication's date dates an article whose top gives none (or
  // gives only an update's, or a month and day without their year).
  if (!info.date || info.date->updated) {
    std::size_t looked = 0;
    for (std::size_t i = lines.size(); i-- > 0 && looked < k_footer_lines;) {
      const Line& line = lines[i];
      if (line.text.empty()) continue;
      ++looked;
      if (!util::is_ascii_alpha(line.text.front())) continue;
      const std::size_t start = publication_line_start(line.text, res);
      if (start == std::string_view::npos) continue;
      auto dated = parse_dateline(line.text.substr(start), res);
      if (!dated || dated->updated) continue;
      if (std::any_of(info.lines.begin(), info.lines.end(), [&](const HeaderLine& h) { return h.span == line.span; }))
        break;
      dated->evidence = std::string(line.text) + " (at the foot of the page)";
      info.date = std::move(dated);
      info.lines.push_back({line.span, "dateline"});
      break;
    }
  }
  (void)body;
  return info;
}

}  // namespace timeline::load
