#include "load/dateline.hpp"

#include <date/date.h>
#include <date/tz.h>
#include <algorithm>

#include <chrono>
#include <exception>
#include <set>
#include <string>
#include <vector>

#include "util/strings.hpp"

namespace timeline::load {
namespace {

using util::is_ascii_alpha;
using util::is_ascii_digit;

// Limits that keep prose out: a dateline is short and mostly made of date parts.
constexpr std::size_t k_max_line_bytes = 160;
constexpr int k_max_unknown_words = 3;
constexpr int k_max_byline_words = 6;

struct Scan {
  std::optional<int> year, month, day, weekday;
  std::optional<int> hour, minute, second;
  std::optional<bool> pm;
  std::optional<int> offset;  // minutes
  std::string zone;           // "+04:00" or a tz name
  bool updated = false;
  int updated_at = -1;  // where the first word of an update begins, in bytes
  bool ambiguous_numeric = false;
  int numeric_first = 0, numeric_second = 0, numeric_year = 0;  // of an ambiguous numeric date
  bool byline = false;   // the line opens with "By": the names before the date are its author's
  int byline_words = 0;
  int unknown = 0;
  int month_token = -1;                          // token index of the month name
  int meridiem_token = -1;                       // token index of "a.m."/"PM"
  int other_time_token = -1;                     // token index of a second clock time (an update's)
  std::vector<std::pair<int, int>> loose;        // (token index, value) of bare 1-2 digit numbers
  int tokens = 0;
};

int read_digits(std::string_view s, std::size_t& i, std::size_t max_len = 9) {
  int v = 0;
  std::size_t n = 0;
  while (i < s.size() && is_ascii_digit(s[i]) && n < max_len) {
    v = v * 10 + (s[i] - '0');
    ++i;
    ++n;
  }
  return v;
}

std::size_t digit_run(std::string_view s, std::size_t i) {
  std::size_t n = 0;
  while (i + n < s.size() && is_ascii_digit(s[i + n])) ++n;
  return n;
}

std::string format_offset(int minutes) {
  const char sign = minutes < 0 ? '-' : '+';
  const int m = minutes < 0 ? -minutes : minutes;
  std::string out(1, sign);
  out += static_cast<char>('0' + m / 60 / 10);
  out += static_cast<char>('0' + m / 60 % 10);
  out += ':';
  out += static_cast<char>('0' + m % 60 / 10);
  out += static_cast<char>('0' + m % 60 % 10);
  return out;
}

// Reads "+04:00", "+0400", "+4", "-3", "+05:30" at s[i] (s[i] is the sign). Returns minutes.
std::optional<int> read_offset(std::string_view s, std::size_t& i) {
  if (i >= s.size() || (s[i] != '+' && s[i] != '-' && s[i] != '\xE2')) return std::nullopt;
  std::size_t j = i;
  int sign = 1;
  if (s[j] == '+') {
    ++j;
  } else if (s[j] == '-') {
    sign = -1;
    ++j;
  } else if (s.substr(j, 3) == "\xE2\x88\x92") {  // U+2212 minus sign
    sign = -1;
    j += 3;
  } else {
    return std::nullopt;
  }
  const std::size_t run = digit_run(s, j);
  int hours = 0, minutes = 0;
  if (run == 4) {
    hours = read_digits(s, j, 2);
    minutes = read_digits(s, j, 2);
  } else if (run == 1 || run == 2) {
    hours = read_digits(s, j, 2);
    if (j + 2 < s.size() && s[j] == ':' && digit_run(s, j + 1) == 2) {
      ++j;
      minutes = read_digits(s, j, 2);
    }
  } else {
    return std::nullopt;
  }
  if (hours > 14 || minutes > 59) return std::nullopt;
  i = j;
  return sign * (hours * 60 + minutes);
}

bool is_separator_byte(char c) {
  switch (c) {
    case ' ': case '\t': case ',': case '|': case '/': case '(': case ')': case '[': case ']':
    case '#': case '*': case ':': case ';': case '-': case '_': case '>': case '<': case '~':
      return true;
    default:
      return false;
  }
}

// Multi-byte punctuation that separates dateline parts: — – · • | (fullwidth) etc.
std::size_t unicode_separator_length(std::string_view s, std::size_t i) {
  static constexpr std::string_view k_seps[] = {"\xE2\x80\x94", "\xE2\x80\x93", "\xC2\xB7", "\xE2\x80\xA2",
                                                "\xEF\xBD\x9C", "\xC2\xA0",     "\xE2\x80\x89", "\xE2\x80\xAF"};
  for (const auto sep : k_seps)
    if (s.substr(i, sep.size()) == sep) return sep.size();
  return 0;
}

void read_time(std::string_view s, std::size_t& i, Scan& sc) {
  // s[i] starts "H:MM" or "HH:MM"
  const int h = read_digits(s, i, 2);
  ++i;  // ':'
  const int m = read_digits(s, i, 2);
  int sec = 0;
  bool has_sec = false;
  if (i + 2 < s.size() + 1 && i < s.size() && s[i] == ':' && digit_run(s, i + 1) == 2) {
    ++i;
    sec = read_digits(s, i, 2);
    has_sec = true;
  }
  if (i < s.size() && s[i] == '.' && digit_run(s, i + 1) > 0) {  // fractional seconds
    ++i;
    read_digits(s, i, 9);
    while (i < s.size() && is_ascii_digit(s[i])) ++i;
  }
  if (sc.hour) {
    ++sc.unknown;
    sc.other_time_token = sc.tokens;
    return;
  }
  sc.hour = h;
  sc.minute = m;
  sc.second = has_sec ? sec : 0;
}

void read_zone_suffix(std::string_view s, std::size_t& i, Scan& sc) {
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z') && (i + 1 == s.size() || !is_ascii_alpha(s[i + 1]))) {
    sc.offset = 0;
    sc.zone = "+00:00";
    ++i;
    return;
  }
  if (auto off = read_offset(s, i)) {
    sc.offset = *off;
    sc.zone = format_offset(*off);
  }
}

// "2021-12-26", "2021-12-26T10:36:00+04:00", "2021/12/26 10:36"
bool read_iso(std::string_view s, std::size_t& i, Scan& sc) {
  const char sep = s[i + 4];
  std::size_t j = i;
  const int y = read_digits(s, j, 4);
  ++j;
  if (digit_run(s, j) != 2) return false;
  const int m = read_digits(s, j, 2);
  if (j >= s.size() || s[j] != sep || digit_run(s, j + 1) != 2) return false;
  ++j;
  const int d = read_digits(s, j, 2);
  if (j < s.size() && is_ascii_digit(s[j])) return false;
  sc.year = y;
  sc.month = m;
  sc.day = d;
  if (j + 5 < s.size() + 1 && j < s.size() && (s[j] == 'T' || s[j] == ' ') && digit_run(s, j + 1) == 2 &&
      j + 3 < s.size() && s[j + 3] == ':') {
    ++j;
    read_time(s, j, sc);
    read_zone_suffix(s, j, sc);
  }
  i = j;
  return true;
}

// "06/28/2019", "28.06.2019", "28/06/19" is refused (two-digit years are too ambiguous here).
bool read_numeric_date(std::string_view s, std::size_t& i, Scan& sc) {
  std::size_t j = i;
  const int a = read_digits(s, j, 2);
  const char sep = s[j];
  ++j;
  if (digit_run(s, j) < 1 || digit_run(s, j) > 2) return false;
  const int b = read_digits(s, j, 2);
  if (j >= s.size() || s[j] != sep || digit_run(s, j + 1) != 4) return false;
  ++j;
  const int y = read_digits(s, j, 4);
  if (j < s.size() && is_ascii_digit(s[j])) return false;
  i = j;
  if (a > 12 && b <= 12) {
    sc.day = a;
    sc.month = b;
  } else if (b > 12 && a <= 12) {
    sc.month = a;
    sc.day = b;
  } else if (a == b) {
    sc.month = a;
    sc.day = b;
  } else {
    sc.ambiguous_numeric = true;  // 03/04/2020: refused unless the article says how it writes dates
    sc.numeric_first = a;
    sc.numeric_second = b;
    sc.numeric_year = y;
    return true;
  }
  sc.year = y;
  return true;
}

void scan_number(std::string_view s, std::size_t& i, Scan& sc) {
  const std::size_t run = digit_run(s, i);
  const std::size_t after = i + run;
  const char next = after < s.size() ? s[after] : '\0';
  if (run == 4 && (next == '-' || next == '/') && digit_run(s, after + 1) == 2) {
    if (read_iso(s, i, sc)) return;
  }
  if ((run == 1 || run == 2) && next == ':' && digit_run(s, after + 1) == 2) {
    read_time(s, i, sc);
    return;
  }
  // "23.20 AEDT": a dotted time, only once the line has shown a month (so "Section 12.3" stays prose).
  if ((run == 1 || run == 2) && next == '.' && sc.month && digit_run(s, after + 1) == 2 &&
      (after + 3 >= s.size() || (s[after + 3] != '.' && !is_ascii_digit(s[after + 3])))) {
    const int h = read_digits(s, i, run);
    ++i;
    const int m = read_digits(s, i, 2);
    if (sc.hour) {
      ++sc.unknown;
    } else {
      sc.hour = h;
      sc.minute = m;
      sc.second = 0;
    }
    return;
  }
  if ((run == 1 || run == 2) && (next == '/' || next == '.') && after + 1 < s.size() && is_ascii_digit(s[after + 1])) {
    if (read_numeric_date(s, i, sc)) return;
  }
  // Only the first nine digits count (longer runs are not date parts and must not overflow).
  const int value = read_digits(s, i, run < 9 ? run : 9);
  while (i < s.size() && is_ascii_digit(s[i])) ++i;
  if (i < s.size() && is_ascii_alpha(s[i])) {  // ordinal suffix: 20th, 1st
    std::size_t j = i;
    while (j < s.size() && is_ascii_alpha(s[j])) ++j;
    const std::string suffix = util::to_lower_ascii(s.substr(i, j - i));
    i = j;
    if ((suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") && run <= 2 && value >= 1 &&
        value <= 31) {
      sc.loose.emplace_back(sc.tokens, value);
      return;
    }
    if ((suffix == "am" || suffix == "pm") && run <= 2 && value >= 1 && value <= 12) {  // "9am"
      if (!sc.hour && !sc.pm) {
        sc.hour = value;
        sc.minute = 0;
        sc.second = 0;
        sc.pm = suffix == "pm";
      }
      return;
    }
    ++sc.unknown;
    return;
  }
  if (run == 4 && value >= 1000 && value <= 2999) {
    if (sc.year) ++sc.unknown;
    else sc.year = value;
    return;
  }
  if (run <= 2 && value >= 1 && value <= 31) {
    sc.loose.emplace_back(sc.tokens, value);
    return;
  }
  ++sc.unknown;
}

// Returns false for words that do not count as a token (fillers: "on", "of", "at").
bool scan_word(std::string_view s, std::size_t& i, Scan& sc, const Resources& res) {
  const std::size_t start = i;
  while (i < s.size() && (is_ascii_alpha(s[i]) || (s[i] == '.' && i + 1 < s.size() && is_ascii_alpha(s[i + 1]))))
    ++i;
  const std::string_view word = s.substr(start, i - start);
  if (i < s.size() && s[i] == '.') ++i;  // "Jan." "a.m."
  while (i < s.size() && static_cast<unsigned char>(s[i]) >= 0x80 && unicode_separator_length(s, i) == 0)
    ++i;  // a word with non-ASCII letters: unknown
  if (i > start + word.size() + 1) {
    ++sc.unknown;
    return true;
  }
  const std::string lower = util::to_lower_ascii(word);
  if (auto it = res.zones.find(std::string(word)); it != res.zones.end()) {
    const std::string& zone = it->second;
    std::size_t j = i;
    while (j < s.size() && s[j] == ' ') ++j;
    if (j < s.size() && (s[j] == '+' || s[j] == '-' || s.substr(j, 3) == "\xE2\x88\x92") &&
        (word == "UTC" || word == "GMT")) {
      if (auto off = read_offset(s, j)) {
        sc.offset = *off;
        sc.zone = format_offset(*off);
        i = j;
        return true;
      }
    }
    sc.zone = zone;
    if (zone[0] == '+' || zone[0] == '-') {
      const int sign = zone[0] == '-' ? -1 : 1;
      sc.offset = sign * (((zone[1] - '0') * 10 + (zone[2] - '0')) * 60 + (zone[4] - '0') * 10 + (zone[5] - '0'));
    }
    return true;
  }
  if (auto it = res.months.find(lower); it != res.months.end()) {
    if (sc.month) {
      ++sc.unknown;
      return true;
    }
    sc.month = it->second;
    sc.month_token = sc.tokens;
    return true;
  }
  if (auto it = res.weekdays.find(lower); it != res.weekdays.end()) {
    sc.weekday = it->second;
    return true;
  }
  if (auto it = res.dateline_words.find(lower); it != res.dateline_words.end()) {
    const std::string& role = it->second;
    if (lower == "by" && start == 0) sc.byline = true;
    if (role == "filler") return false;
    if (role == "published") return false;  // ("Published", "Posted": the footer's reader wants them)
    if (role == "updated") {
      if (!sc.updated) sc.updated_at = static_cast<int>(start);
      sc.updated = true;
      return false;
    }
    if (role == "reading" || role == "self") {  // "4 min read", "this story": no part of a date
      ++sc.unknown;
      return true;
    }
    // "11:48am • Updated 2:15pm": a meridiem right after a second time is that time's.
    if (sc.other_time_token >= 0 && sc.other_time_token == sc.tokens - 1) return true;
    if (sc.pm) {
      ++sc.unknown;
      return true;
    }
    sc.pm = role == "pm";
    sc.meridiem_token = sc.tokens;
    return true;
  }
  // "By JANE DOE Associated Press  Sep 8, 2017": capitalised names between "By" and the date.
  if (sc.byline && !sc.year && !sc.month && !sc.day && !sc.hour && !word.empty() && util::is_ascii_upper(word[0]) &&
      sc.byline_words < k_max_byline_words) {
    ++sc.byline_words;
    return false;
  }
  ++sc.unknown;
  return true;
}

Scan scan(std::string_view s, const Resources& res) {
  Scan sc;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (is_ascii_digit(c)) {
      scan_number(s, i, sc);
      ++sc.tokens;
    } else if ((c == '+' || c == '-') && i + 1 < s.size() && is_ascii_digit(s[i + 1]) && (sc.hour || !sc.zone.empty())) {
      if (auto off = read_offset(s, i)) {
        sc.offset = *off;
        sc.zone = format_offset(*off);
      } else {
        ++i;
      }
      ++sc.tokens;
    } else if (is_separator_byte(c) || c == '.' || c == '\'' || c == '"') {
      ++i;
    } else if (const std::size_t len = unicode_separator_length(s, i); len > 0) {
      i += len;
    } else if (is_ascii_alpha(c) || static_cast<unsigned char>(c) >= 0x80) {
      if (scan_word(s, i, sc, res)) ++sc.tokens;
    } else {
      ++sc.unknown;
      ++i;
    }
    if (sc.unknown > k_max_unknown_words) break;
  }
  return sc;
}

}  // namespace

std::optional<bool> day_first_by_spelling(std::string_view body, const Resources& res) {
  constexpr std::size_t k_max_bytes = 64 * 1024;
  body = body.substr(0, std::min(body.size(), k_max_bytes));
  // British variants and dates written day first ("5 February") against American variants and
  // dates written month first ("February 5"): each distinct word or date counts once.
  std::set<std::string, std::less<>> british, american;
  std::string word, previous;  // previous: the word or number before, "" after punctuation
  for (std::size_t i = 0; i <= body.size(); ++i) {
    if (i < body.size() && (is_ascii_alpha(body[i]) || is_ascii_digit(body[i]))) {
      word.push_back(is_ascii_alpha(body[i]) ? static_cast<char>(body[i] | 0x20) : body[i]);
      continue;
    }
    if (!word.empty()) {
      const bool day = word.size() <= 2 && is_ascii_digit(word[0]) && std::stoi(word) >= 1 && std::stoi(word) <= 31;
      const bool month = res.months.count(word) != 0 && word.size() >= 3;
      const bool previous_day = previous.size() <= 2 && !previous.empty() && is_ascii_digit(previous[0]);
      if (month && previous_day) british.insert(previous + " " + word);
      if (day && res.months.count(previous) != 0 && previous.size() >= 3) american.insert(previous + " " + word);
      if (word.size() >= 4)
        if (const auto it = res.spelling.find(word); it != res.spelling.end())
          (it->second ? british : american).insert(word);
    }
    if (i < body.size() && body[i] == ' ' && !word.empty()) previous = word;
    else if (i >= body.size() || body[i] != ' ') previous.clear();
    word.clear();
  }
  if (british.size() == american.size()) return std::nullopt;
  return british.size() > american.size();
}

std::optional<int> offset_in_zone(std::string_view zone, const LocalDateTime& t) {
  if (zone.empty()) return std::nullopt;
  if ((zone[0] == '+' || zone[0] == '-') && zone.size() == 6) {
    const int sign = zone[0] == '-' ? -1 : 1;
    return sign * (((zone[1] - '0') * 10 + (zone[2] - '0')) * 60 + (zone[4] - '0') * 10 + (zone[5] - '0'));
  }
  try {
    const auto* tz = date::locate_zone(zone);
    const date::local_days day{date::year{t.year} / t.month / t.day};
    const auto local = date::local_seconds{day} + std::chrono::hours{t.hour.value_or(12)} +
                       std::chrono::minutes{t.minute.value_or(0)} + std::chrono::seconds{t.second.value_or(0)};
    const auto sys = tz->to_sys(local, date::choose::earliest);
    const auto diff = local.time_since_epoch() - sys.time_since_epoch();
    return static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(diff).count());
  } catch (const std::exception&) {
    return std::nullopt;  // zone unknown to this machine's tz database
  }
}

std::optional<PublicationDate> parse_wire_dateline(std::string_view prefix, const Resources& res) {
  prefix = util::trim(prefix);
  if (prefix.empty() || prefix.size() > k_max_line_bytes) return std::nullopt;
  if (prefix.back() == ')') {  // the outlet's credit: "(Harbor Wire)"
    const auto open = prefix.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    prefix = util::trim(prefix.substr(0, open));
  }
  std::size_t upper = 0;  // the city, in capitals: "PORT ELLIS", "NEW YORK"
  for (const char c : prefix) {
    if (c == ' ' || c == ',') break;
    if (!util::is_ascii_upper(c) && c != '.' && c != '-' && c != '\'') return std::nullopt;
    ++upper;
  }
  if (upper < 2) return std::nullopt;
  // After the city, only a short abbreviation ("Conn.", "Md.") or one capitalised word, its state
  // or country ("COLUMBUS, Ohio,"), may come before the date, which then opens with its month,
  // weekday or day: "KESTREL, which was hacked on June 20, 2023" is prose.
  for (auto comma = prefix.find(','); comma != std::string_view::npos;) {
    const std::string_view rest = util::trim(prefix.substr(comma + 1));
    if (rest.empty()) return std::nullopt;
    std::size_t end = 0;
    while (end < rest.size() && rest[end] != ' ' && rest[end] != ',') ++end;
    const std::string lower = util::to_lower_ascii(rest.substr(0, end));
    std::string word = lower;
    while (!word.empty() && word.back() == '.') word.pop_back();
    const bool opens_date = util::is_ascii_digit(rest[0]) || res.months.find(word) != res.months.end() ||
                            res.weekdays.find(word) != res.weekdays.end();
    if (opens_date) return parse_dateline(rest, res);
    const std::string_view piece = rest.substr(0, end);
    const bool abbreviation = piece.size() <= 6 && piece.size() >= 2 && util::is_ascii_upper(piece[0]) &&
                              piece.back() == '.' && end < rest.size() && rest[end] == ',';
    // A state or country of one to three capitalised words: "Ohio", "North Carolina".
    bool region = false;
    if (!abbreviation) {
      const std::size_t next_comma = rest.find(',');
      const std::string_view name = rest.substr(0, next_comma);
      std::size_t words = 0;
      bool capitalised = next_comma != std::string_view::npos && !name.empty();
      for (std::size_t i = 0; i < name.size() && capitalised;) {
        while (i < name.size() && name[i] == ' ') ++i;
        const std::size_t start = i;
        while (i < name.size() && name[i] != ' ') ++i;
        if (i == start) break;
        const std::string_view part = name.substr(start, i - start);
        capitalised = util::is_ascii_upper(part[0]) &&
                      std::all_of(part.begin(), part.end(), [](char c) { return util::is_ascii_alpha(c); });
        ++words;
      }
      region = capitalised && words >= 1 && words <= 3;
    }
    if (!abbreviation && !region) return std::nullopt;
    comma = prefix.find(',', comma + 1);
  }
  return std::nullopt;
}

std::optional<MonthDay> parse_wire_month_day(std::string_view prefix, const Resources& res) {
  prefix = util::trim(prefix);
  if (prefix.empty() || prefix.size() > k_max_line_bytes) return std::nullopt;
  if (prefix.back() == ')') {  // the outlet's credit: "(Harbor Wire)"
    const auto open = prefix.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    prefix = util::trim(prefix.substr(0, open));
  }
  auto weekday_of = [&](std::string_view word) {
    while (!word.empty() && word.back() == '.') word.remove_suffix(1);
    const auto it = res.weekdays.find(util::to_lower_ascii(word));
    return it == res.weekdays.end() ? 0 : it->second;
  };
  std::string_view tail = prefix;
  int weekday = 0;
  if (const auto comma = prefix.rfind(','); comma != std::string_view::npos) {
    tail = util::trim(prefix.substr(comma + 1));
    // A weekday before the comma ("MONDAY, JAN. 15", "DUNMERE, Monday, June 3") is the date's.
    std::string_view head = util::trim(prefix.substr(0, comma));
    const auto space = head.find_last_of(" ,");
    weekday = weekday_of(space == std::string_view::npos ? head : head.substr(space + 1));
    if (weekday != 0) head = util::trim(space == std::string_view::npos ? std::string_view() : head.substr(0, space));
    while (!head.empty() && head.back() == ',') head = util::trim(head.substr(0, head.size() - 1));
    // The city opens in capitals: "PORT ELLIS", "NEW YORK".
    std::size_t upper = 0;
    for (const char c : head) {
      if (c == ' ' || c == ',') break;
      if (!util::is_ascii_upper(c) && c != '.' && c != '-' && c != '\'') return std::nullopt;
      ++upper;
    }
    if (upper < 2 && !(head.empty() && weekday != 0)) return std::nullopt;
  }
  // The month and the day, in either order, after a weekday maybe: "June 20", "Sept. 7",
  // "20 June", "Thursday 5 May".
  std::optional<int> month, day;
  std::size_t words = 0;
  for (std::size_t i = 0; i < tail.size();) {
    if (tail[i] == ' ') {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < tail.size() && tail[j] != ' ') ++j;
    std::string_view word = tail.substr(i, j - i);
    i = j;
    if (words == 0 && weekday == 0) {
      std::string_view bare = word;
      if (bare.back() == ',') bare.remove_suffix(1);
      if ((weekday = weekday_of(bare)) != 0) continue;
    }
    if (++words > 2) return std::nullopt;
    if (word.back() == '.') word.remove_suffix(1);
    if (word.empty()) return std::nullopt;
    if (util::is_ascii_digit(word[0])) {
      if (day || word.size() > 2) return std::nullopt;
      int v = 0;
      for (const char c : word) {
        if (!util::is_ascii_digit(c)) return std::nullopt;
        v = v * 10 + (c - '0');
      }
      day = v;
    } else {
      const auto it = res.months.find(util::to_lower_ascii(word));
      if (it == res.months.end() || month) return std::nullopt;
      month = it->second;
    }
  }
  if (!month || !day) return std::nullopt;
  // Any year will do that has the day: 2000 has February 29.
  if (!(date::year{2000} / date::month{static_cast<unsigned>(*month)} / date::day{static_cast<unsigned>(*day)}).ok())
    return std::nullopt;
  return MonthDay{*month, *day, weekday, false};
}

namespace {

// The author's or outlet's credit before a dash or a bar, without "By": "Jane Doe, Harbor Daily —
// 25 January 2024", "Staff Reporter | …". Capitalised words only (with "&", "and", "of", "the"
// and commas), at most k_max_credit_words: prose has lower-case words. Returns where the rest
// starts, or npos.
constexpr int k_max_credit_words = 8;

std::size_t after_credit(std::string_view line) {
  for (const std::string_view sep :
       {std::string_view{" \xE2\x80\x94 "}, std::string_view{" \xE2\x80\x93 "}, std::string_view{" | "},
        std::string_view{" - "}, std::string_view{" \xC2\xB7 "}, std::string_view{" \xE2\x80\xA2 "}}) {
    const auto at = line.find(sep);
    if (at == std::string_view::npos || at == 0) continue;
    int words = 0;
    bool credit = true;
    for (std::size_t i = 0; i < at && credit;) {
      if (line[i] == ' ' || line[i] == ',' || line[i] == '&') {
        ++i;
        continue;
      }
      if (line[i] == '(') {  // "Jane Doe (now) and John Roe (earlier)": an aside about a name
        const auto close = line.find(')', i);
        if (close == std::string_view::npos || close >= at || close - i > 16) {
          credit = false;
          break;
        }
        i = close + 1;
        continue;
      }
      std::size_t j = i;
      while (j < at && line[j] != ' ' && line[j] != ',') ++j;
      const std::string_view word = line.substr(i, j - i);
      const bool joiner = word == "and" || word == "of" || word == "the";
      credit = ++words <= k_max_credit_words && (joiner || util::is_ascii_upper(word[0]));
      for (const char c : word) credit = credit && !is_ascii_digit(c);
      i = j;
    }
    if (credit && words > 0) return at + sep.size();
  }
  return std::string_view::npos;
}

}  // namespace

namespace {
constexpr std::size_t k_max_field_words = 5;
constexpr std::size_t k_max_fields = 6;

// "4 min read", "3 minutes read": a reading time, digits and words of role `reading` only.
bool reading_time(std::string_view field, const Resources& res) {
  bool words = false;
  for (const std::string_view word : util::split(field, ' ')) {
    if (word.empty() || std::all_of(word.begin(), word.end(), [](char c) { return is_ascii_digit(c); })) continue;
    const auto it = res.dateline_words.find(util::to_lower_ascii(word));
    if (it == res.dateline_words.end() || it->second != "reading") return false;
    words = true;
  }
  return words;
}

// Fields strung with bars, middle dots or bullets ("Friday 15 April 2022 · by Jane Doe · 4 min
// read"): the first of these the line holds separates them. More than k_max_fields: prose.
std::vector<std::string_view> fields_of(std::string_view line) {
  std::string_view bar = " | ";
  for (const std::string_view sep :
       {std::string_view{" | "}, std::string_view{" \xC2\xB7 "}, std::string_view{" \xE2\x80\xA2 "}})
    if (line.find(sep) != std::string_view::npos) {
      bar = sep;
      break;
    }
  std::vector<std::string_view> fields;
  for (std::size_t from = 0; from <= line.size() && fields.size() <= k_max_fields;) {
    const std::size_t at = std::min(line.find(bar, from), line.size());
    fields.push_back(util::trim(line.substr(from, at - from)));
    from = at + bar.size();
  }
  return fields;
}

std::optional<PublicationDate> date_field(std::string_view line, const Resources& res, std::optional<bool> day_first,
                                          bool* ambiguous) {
  const std::vector<std::string_view> fields = fields_of(line);
  if (fields.size() < 2 || fields.size() > k_max_fields) return std::nullopt;
  std::optional<PublicationDate> found;
  for (const std::string_view f : fields) {
    const bool digits = std::any_of(f.begin(), f.end(), [](char c) { return is_ascii_digit(c); });
    if (!digits || reading_time(f, res)) {
      if (f.empty() || std::count(f.begin(), f.end(), ' ') + 1 > static_cast<long>(k_max_field_words))
        return std::nullopt;
      continue;
    }
    if (found) return std::nullopt;  // two fields with numbers: no telling which is the date
    found = parse_dateline(f, res, day_first, ambiguous);
    if (!found) return std::nullopt;
  }
  return found;
}

}  // namespace

std::optional<PublicationDate> parse_dateline(std::string_view line, const Resources& res,
                                              std::optional<bool> day_first, bool* ambiguous) {
  line = util::trim(line);
  if (line.empty() || line.size() > k_max_line_bytes) return std::nullopt;
  // "11 Feb 2024: Attackers first log in.": a chronology's entry, a date and a colon before prose,
  // is no dateline ("Updated: 5 Jan 2024" has its colon before the date, "5 Jan 2024: 10:15" a time).
  if (const auto colon = line.find(':'); colon != std::string_view::npos && colon > 0) {
    const std::string_view after = util::trim(line.substr(colon + 1));
    if (!after.empty() && util::is_ascii_alpha(after.front())) {
      const Scan before = scan(line.substr(0, colon), res);
      // Prose has lower-case words ("Attackers first log in"); a byline's names do not ("Jane Doe
      // and Omar Haddad").
      std::size_t lower_words = 0;
      for (std::size_t i = 0; i < after.size(); ++i)
        if ((i == 0 || after[i - 1] == ' ') && util::is_ascii_lower(after[i]) && after.compare(i, 4, "and ") != 0)
          ++lower_words;
      if (before.unknown == 0 && before.month && (before.day || !before.loose.empty()) && lower_words >= 2)
        return std::nullopt;
    }
  }
  Scan sc = scan(line, res);
  // "Published 13 July 2023 · Updated 14 July 2023": the publication's date, before its update's.
  if (sc.updated && sc.updated_at > 0) {
    std::string_view before = line.substr(0, static_cast<std::size_t>(sc.updated_at));
    for (bool trimmed = true; trimmed && !before.empty();) {
      trimmed = false;
      for (const std::string_view sep :
           {std::string_view{" "}, std::string_view{"|"}, std::string_view{","}, std::string_view{"-"},
            std::string_view{";"}, std::string_view{"\xC2\xB7"}, std::string_view{"\xE2\x80\xA2"},
            std::string_view{"\xE2\x80\x94"}, std::string_view{"\xE2\x80\x93"}})
        if (before.ends_with(sep)) {
          before.remove_suffix(sep.size());
          trimmed = true;
        }
    }
    if (auto first = parse_dateline(before, res, day_first, ambiguous); first && !first->updated) return first;
  }
  if (sc.unknown > k_max_unknown_words) {
    // "Brideline | Industry news | 4 June 2025 | By Maeve Thorsby": fields strung with bars, one
    // of them the date and the others short labels without digits (an outlet, a section, a byline).
    if (auto fielded = date_field(line, res, day_first, ambiguous)) return fielded;
    // "Jane Doe, Harbor Daily — 25 January 2024": the credit's names are not prose.
    const std::size_t rest = after_credit(line);
    if (rest == std::string_view::npos) return std::nullopt;
    line = line.substr(rest);
    sc = scan(line, res);
    if (sc.unknown > k_max_unknown_words) return std::nullopt;
  }
  if (sc.ambiguous_numeric) {
    if (ambiguous != nullptr) *ambiguous = true;
    if (!day_first) return std::nullopt;
    sc.day = *day_first ? sc.numeric_first : sc.numeric_second;
    sc.month = *day_first ? sc.numeric_second : sc.numeric_first;
    sc.year = sc.numeric_year;
  }
  if (!sc.day && sc.month && sc.month_token >= 0) {
    // The day is the bare number right before or after the month name.
    for (const auto& [token, value] : sc.loose)
      if (token == sc.month_token + 1 || token == sc.month_token - 1) {
        sc.day = value;
        break;
      }
  }
  if (!sc.hour && sc.pm && sc.meridiem_token > 0) {
    // "9 p.m.": the bare number right before the meridiem is the hour.
    for (const auto& [token, value] : sc.loose)
      if (token == sc.meridiem_token - 1 && value >= 1 && value <= 12) {
        sc.hour = value;
        sc.minute = 0;
        sc.second = 0;
      }
  }
  if (!sc.year || !sc.month || !sc.day) return std::nullopt;
  // Every other bare number must be explained: it would otherwise be prose ("2 of 3 June 2019 files").
  const auto ymd = date::year{*sc.year} / date::month{static_cast<unsigned>(*sc.month)} /
                   date::day{static_cast<unsigned>(*sc.day)};
  if (!ymd.ok()) return std::nullopt;

  PublicationDate pd;
  LocalDateTime t;
  t.year = *sc.year;
  t.month = *sc.month;
  t.day = *sc.day;
  if (sc.hour) {
    int h = *sc.hour;
    if (sc.pm) {
      if (h < 1 || h > 12) return std::nullopt;
      if (*sc.pm && h < 12) h += 12;
      if (!*sc.pm && h == 12) h = 0;
    }
    if (h > 23 || sc.minute.value_or(0) > 59 || sc.second.value_or(0) > 60) return std::nullopt;
    t.hour = h;
    t.minute = sc.minute;
    t.second = sc.second;
  }
  pd.local = t;
  pd.zone = sc.zone;
  pd.offset_minutes = sc.offset;
  if (!sc.offset && !sc.zone.empty()) pd.offset_minutes = offset_in_zone(sc.zone, t);
  pd.updated = sc.updated;
  return pd;
}

std::optional<MonthDay> parse_month_day_line(std::string_view line, const Resources& res) {
  line = util::trim(line);
  if (line.empty() || line.size() > k_max_line_bytes) return std::nullopt;
  std::optional<MonthDay> found;
  for (const std::string_view f : fields_of(line)) {
    const bool digits = std::any_of(f.begin(), f.end(), [](char c) { return is_ascii_digit(c); });
    if (!digits) {
      if (f.empty() || std::count(f.begin(), f.end(), ' ') + 1 > static_cast<long>(k_max_field_words))
        return std::nullopt;
      continue;
    }
    if (found) return std::nullopt;
    // "Posted Thursday, March 21": the words that say it is the publication's go first.
    std::string_view date = f;
    bool said_published = false;
    for (std::size_t end = 0; end < date.size();) {
      while (end < date.size() && util::is_ascii_alpha(date[end])) ++end;
      const auto it = res.dateline_words.find(util::to_lower_ascii(date.substr(0, end)));
      if (end == 0 || it == res.dateline_words.end() || (it->second != "published" && it->second != "filler")) break;
      said_published = said_published || it->second == "published";
      date = util::trim(date.substr(end));
      if (!date.empty() && date.front() == ':') date = util::trim(date.substr(1));
      end = 0;
    }
    found = parse_wire_month_day(date, res);
    // Standing alone, the date names its weekday too, or a word says it is the publication's
    // ("Posted Jun 18"): a bare "June 20" may be anything's.
    if (!found || (found->weekday == 0 && !said_published)) return std::nullopt;
  }
  return found;
}

}  // namespace timeline::load
