// Writes a synthetic corpus of N news articles about invented incidents, for the benchmarks:
//   gen_corpus OUT_DIR N [SEED]
// Every word is made up here (companies, outlets, people, places); nothing is copied from a
// real corpus. The same N and SEED give the same bytes. Articles come in four formats (txt,
// md, html, jsonl), with varied headers, date forms, figures, quotes, attributions and page
// furniture; about a hundred articles tell each incident, with a few dates and figures that
// disagree, so the correlator has many events and large clusters.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace fs = std::filesystem;

namespace {

// splitmix64: small, fast and the same on every platform (std distributions are not).
struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  int range(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
  bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
  template <class T, std::size_t N>
  const T& pick(const T (&a)[N]) {
    return a[below(N)];
  }
};

// Days since 1970-01-01 and back (the civil calendar, proleptic Gregorian).
long days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

struct Civil {
  int y;
  unsigned m, d;
};

Civil civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(yoe) + static_cast<int>(era * 400) + (m <= 2), m, d};
}

const char* const k_months[] = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};
const char* const k_mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const k_weekdays[] = {"Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"};
const char* const k_wd[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
const char* const k_small[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

// Invented names, combined: a few hundred companies, dozens of outlets.
const char* const k_stem[] = {"Quarnel",  "Velstra", "Obrindo", "Taskmere", "Morrowind", "Ensella", "Calderic",
                              "Pylonet",  "Brisk",   "Harlow",  "Ostrava",  "Kellan",    "Dunmore", "Ferrant",
                              "Glenwick", "Ivory",   "Jorvan",  "Lumeris",  "Mistral",   "Nordby",  "Orrin",
                              "Pellham",  "Quillon", "Rostam",  "Sandor",   "Tarvo",     "Umbria",  "Vantor",
                              "Westfall", "Yarrow",  "Zelnik",  "Amberlin"};
const char* const k_sector[] = {"Logistics", "Health", "Water",     "Bank",     "Telecom", "Retail",
                                "Cloud",     "Energy", "Insurance", "Airlines", "Foods",   "Software"};
const char* const k_suffix[] = {"Corp.", "Inc.", "Ltd.", "Group", "Holdings"};
const char* const k_outlet_a[] = {"Ardmore",  "Northgate", "Bellhaven", "Coldwater", "Eastmarch", "Fernhill",
                                  "Greyport", "Hollin",    "Kestrel",   "Larkspur",  "Marlow",    "Redfern"};
const char* const k_outlet_b[] = {"Courier",  "Business Wire", "Tech Ledger", "Daily",
                                  "Observer", "Herald",        "Review",      "Dispatch"};
const char* const k_first[] = {"Maren", "Tobin",  "Ilse",  "Cormac", "Anouk", "Pieter", "Saoirse", "Dario",
                               "Leona", "Hamish", "Yusra", "Bertil", "Noor",  "Ewan",   "Petra",   "Osric"};
const char* const k_last[] = {"Falk",  "Brennan", "Okafor", "Lindgren", "Duarte", "Vasquez", "Hollis", "Marsh",
                              "Quint", "Rowe",    "Sutter", "Tamura",   "Varga",  "Whitlow", "Abbott", "Keane"};
const char* const k_city[] = {"Port Ardel", "Eastmarch", "Fennick",     "Lowbridge",
                              "Saltcombe",  "Varnholm",  "Orrin Falls", "Bracken"};
const char* const k_role[] = {"a spokeswoman", "a spokesman", "the chief executive", "the chief information officer",
                              "a company spokesperson"};
const char* const k_regulator[] = {"the Data Protection Office", "the Consumer Safety Board",
                                   "the Office of the Information Commissioner", "the Telecoms Authority"};
const char* const k_group[] = {"Grey Otter", "Night Heron", "Copper Fox", "Silent Lantern", "Blue Marten"};
const char* const k_system[] = {"billing servers", "customer portal",  "payroll system",
                                "email servers",   "booking platform", "warehouse network"};
const char* const k_thing[] = {"customers", "customer records", "accounts", "patients", "employees", "files"};

enum class Type { ransomware, breach, outage, leak };
const char* const k_type_noun[] = {"ransomware attack", "data breach", "outage", "data leak"};

struct Incident {
  std::string company, short_name, sector, group, regulator, system, thing;
  Type type;
  long intrusion, discovery, disclosure, restored, fine;
  long affected;      // how many things
  int ransom_tenths;  // millions of dollars × 10
  int fine_tenths;
  std::string other;  // another company, with an old incident
  int other_year;
};

std::string company_name(std::size_t i) {
  const std::string stem = k_stem[i % std::size(k_stem)];
  const std::string sector = k_sector[(i / std::size(k_stem)) % std::size(k_sector)];
  const std::string suffix = k_suffix[(i / (std::size(k_stem) * std::size(k_sector))) % std::size(k_suffix)];
  return stem + " " + sector + " " + suffix;
}

Incident make_incident(Rng& r, std::size_t i) {
  Incident inc;
  inc.company = company_name(i);
  inc.short_name = k_stem[i % std::size(k_stem)];
  inc.sector = k_sector[(i / std::size(k_stem)) % std::size(k_sector)];
  inc.type = static_cast<Type>(r.below(4));
  inc.group = r.pick(k_group);
  inc.regulator = r.pick(k_regulator);
  inc.system = r.pick(k_system);
  inc.thing = r.pick(k_thing);
  inc.intrusion = days_from_civil(2015, 1, 1) + static_cast<long>(r.below(365 * 9));
  inc.discovery = inc.intrusion + r.range(0, 40);
  inc.disclosure = inc.discovery + r.range(1, 30);
  inc.restored = inc.discovery + r.range(1, 20);
  inc.fine = inc.disclosure + r.range(120, 500);
  static const long k_counts[] = {1200, 4500, 12000, 38000, 118000, 2400000};
  inc.affected = k_counts[r.below(std::size(k_counts))] + static_cast<long>(r.below(9)) * 100;
  inc.ransom_tenths = r.range(5, 90);
  inc.fine_tenths = r.range(3, 250);
  inc.other = std::string(k_stem[(i + 7) % std::size(k_stem)]) + " " + k_sector[(i + 3) % std::size(k_sector)];
  inc.other_year = civil_from_days(inc.intrusion).y - r.range(2, 6);
  return inc;
}

std::string grouped(long n) {
  std::string s = std::to_string(n);
  for (int at = static_cast<int>(s.size()) - 3; at > 0; at -= 3) s.insert(static_cast<std::size_t>(at), ",");
  return s;
}

int weekday(long day) { return static_cast<int>(((day % 7) + 7) % 7); }  // 0 = Thursday (1970-01-01)

// The many ways an article says when something happened, relative to its publication day.
std::string when(Rng& r, long day, long pub) {
  const Civil c = civil_from_days(day);
  const Civil p = civil_from_days(pub);
  const long ago = pub - day;
  const std::string month = k_months[c.m - 1];
  switch (r.below(12)) {
    case 0:
      if (ago >= 1 && ago <= 6) return "on " + std::string(k_weekdays[weekday(day)]);
      break;
    case 1:
      if (ago >= 7 && ago <= 12 && weekday(day) != weekday(pub)) return "last " + std::string(k_weekdays[weekday(day)]);
      break;
    case 2:
      if (ago >= 2 && ago <= 10) return fmt::format("{} days ago", k_small[ago <= 10 ? ago : 0]);
      if (ago == 14) return "two weeks ago";
      if (ago == 21) return "three weeks ago";
      break;
    case 3:
      return fmt::format("in {} {}", month, c.y);
    case 4:
      return fmt::format("on {:04d}-{:02d}-{:02d}", c.y, c.m, c.d);
    case 5:
      return fmt::format("on {} {} {}", c.d, month, c.y);
    case 6:
      if (c.y == p.y && c.m < p.m) return fmt::format("in {}", month);
      if (c.y == p.y && c.m == p.m) return "earlier this month";
      break;
    case 7:
      if (c.y == p.y) return fmt::format("on {} {}", month, c.d);
      break;
    case 8:
      return fmt::format("in early {} {}", month, c.y);
    case 9:
      if (ago >= 28 && ago <= 44) return "a month ago";
      if (ago >= 45 && ago <= 300) return fmt::format("{} months ago", k_small[(ago + 15) / 30]);
      break;
    case 10:
      return fmt::format("on {}, {} {}, {}", k_weekdays[weekday(day)], month, c.d, c.y);
    default:
      break;
  }
  return fmt::format("on {} {}, {}", month, c.d, c.y);
}

std::string money(int tenths) {
  return tenths % 10 == 0 ? fmt::format("${} million", tenths / 10)
                          : fmt::format("${}.{} million", tenths / 10, tenths % 10);
}

std::string person(Rng& r) { return std::string(r.pick(k_first)) + " " + r.pick(k_last); }

struct Article {
  std::string title, outlet, url, byline;
  long pub = 0;
  std::vector<std::string> paragraphs;
  std::vector<std::string> recommended;
};

Article write_article(Rng& r, const Incident& inc, std::size_t serial) {
  Article a;
  a.outlet = std::string(r.pick(k_outlet_a)) + " " + r.pick(k_outlet_b);
  a.pub = inc.disclosure + r.range(0, 60);
  a.byline = "By " + person(r);
  const std::string noun = k_type_noun[static_cast<int>(inc.type)];
  const std::string co = inc.company;
  const std::string it = r.chance(50) ? "the company" : inc.short_name;
  auto cap = [](std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
  };
  // A few articles get a date or a figure wrong: the correlator's conflicts.
  const long intrusion = r.chance(8) ? inc.intrusion - r.range(3, 40) : inc.intrusion;
  const long affected = r.chance(10) ? inc.affected + inc.affected / 3 : inc.affected;
  const std::string qual = r.pick({"about", "nearly", "more than", "some", "roughly", "up to"});
  switch (r.below(5)) {
    case 0:
      a.title = fmt::format("{} confirms {}", inc.short_name, noun);
      break;
    case 1:
      a.title = fmt::format("{} hit by {}", inc.short_name, noun);
      break;
    case 2:
      a.title = fmt::format("What we know about the {} at {}", noun, inc.short_name);
      break;
    case 3:
      a.title = fmt::format("{} says {} is under control", inc.short_name, noun);
      break;
    default:
      a.title = fmt::format("Regulator looks into {} {}", inc.short_name, noun);
      break;
  }
  a.url = fmt::format("https://{}.example/{}/article-{}", std::string(a.outlet.substr(0, a.outlet.find(' '))),
                      civil_from_days(a.pub).y, serial);
  for (auto& ch : a.url)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');

  std::vector<std::string> pool;
  const std::string spokes = person(r);
  const std::string role = r.pick(k_role);
  const std::string a_noun = (noun[0] == 'o' ? "an " : "a ") + noun;
  pool.push_back(fmt::format("{}, a company based in {}, was hit by {} {}, {} said.", co, r.pick(k_city), a_noun,
                             when(r, intrusion, a.pub), it));
  pool.push_back(fmt::format("Attackers gained access to its {} {}, according to people familiar with the matter.",
                             inc.system, when(r, intrusion, a.pub)));
  pool.push_back(fmt::format("Staff detected the {} {}, when files on the {} stopped opening.", noun,
                             when(r, inc.discovery, a.pub), inc.system));
  pool.push_back(
      fmt::format("{} disclosed the incident {}, {} after it was discovered.", cap(it), when(r, inc.disclosure, a.pub),
                  inc.disclosure - inc.discovery == 1 ? std::string("a day")
                                                      : fmt::format("{} days", inc.disclosure - inc.discovery)));
  pool.push_back(fmt::format("{} {} were affected, the company said in a statement.", cap(qual),
                             grouped(affected) + " " + inc.thing));
  pool.push_back(fmt::format("\"We are deeply sorry for the disruption this has caused,\" said {}, {} of {}.", spokes,
                             role, inc.short_name));
  pool.push_back(
      fmt::format("Services were restored {}, {} told the {}.", when(r, inc.restored, a.pub), spokes, a.outlet));
  if (inc.type == Type::ransomware)
    pool.push_back(
        fmt::format("A group calling itself {} demanded {} in bitcoin, according to a note left on the "
                    "servers.",
                    inc.group, money(inc.ransom_tenths)));
  if (inc.type == Type::outage)
    pool.push_back(fmt::format("The outage lasted {} hours and left {} {} without service.", r.range(3, 40),
                               grouped(affected), inc.thing));
  pool.push_back(fmt::format("{} opened an investigation {}.", cap(inc.regulator),
                             when(r, inc.disclosure + r.range(1, 20), a.pub)));
  pool.push_back(fmt::format("The company said no payment data was stolen."));
  std::string early = when(r, intrusion - r.range(5, 60), a.pub);
  if (early.starts_with("on ") || early.starts_with("in ")) early.erase(0, 3);
  pool.push_back(fmt::format("The {} may have begun as early as {}, a security researcher said.", noun, early));
  // Background without events, as articles have.
  pool.push_back(
      fmt::format("{} has grown quickly in recent years and now serves customers in {} regions, with "
                  "offices in {} and {}.",
                  inc.short_name, r.range(3, 30), r.pick(k_city), r.pick(k_city)));
  pool.push_back(
      fmt::format("Analysts at {} Partners said the episode showed how dependent companies in the {} "
                  "sector had become on a handful of suppliers.",
                  r.pick(k_stem), inc.sector));
  pool.push_back(
      fmt::format("Security specialists have long warned that older systems, many of them installed "
                  "more than a decade ago, are hard to protect and harder still to replace."));
  pool.push_back(
      fmt::format("The company's chief executive, {}, is due to appear before a parliamentary committee "
                  "later this year.",
                  person(r)));
  pool.push_back(fmt::format("The incident recalls the {} breach at {}, which exposed {} records.", inc.other_year,
                             inc.other, grouped(inc.affected * 3)));
  pool.push_back(fmt::format("{}, which employs about {} people, said it had hired outside experts.", inc.short_name,
                             grouped(r.range(4, 90) * 100)));
  pool.push_back(fmt::format("Shares in {} fell {}% in early trading.", inc.short_name, r.range(2, 12)));
  if (a.pub > inc.fine)
    pool.push_back(fmt::format("{} agreed to pay a {} fine {}, {} said.", co, money(inc.fine_tenths),
                               when(r, inc.fine, a.pub), inc.regulator));
  pool.push_back(fmt::format("{} apologized to customers {}.", spokes, when(r, inc.disclosure, a.pub)));
  pool.push_back(fmt::format("Customers were told to reset their passwords and to watch for suspicious emails."));
  pool.push_back(fmt::format("\"It is too early to say how many people were affected,\" {} said.", spokes));

  // About ten paragraphs of one to three sentences, in a shuffled order.
  for (std::size_t i = pool.size(); i > 1; --i) std::swap(pool[i - 1], pool[r.below(i)]);
  const std::size_t keep = std::min(pool.size(), static_cast<std::size_t>(r.range(10, 20)));
  for (std::size_t i = 0; i < keep;) {
    std::string p = pool[i++];
    if (i < keep && r.chance(35)) p += " " + pool[i++];
    a.paragraphs.push_back(std::move(p));
  }
  for (int i = r.range(3, 5); i > 0; --i)
    a.recommended.push_back(
        fmt::format("{} {} {}", r.pick(k_stem),
                    r.pick({"council votes on", "opens new", "reports", "names new head of", "expands"}),
                    r.pick({"budget", "depot", "quarterly results", "marketing", "office"})));
  return a;
}

// The publication date as a header line, in one of the forms news sites print.
std::string header_date(Rng& r, long day) {
  const Civil c = civil_from_days(day);
  const int hh = r.range(6, 21), mm = r.range(0, 59);
  switch (r.below(5)) {
    case 0:
      return fmt::format("{:02d}:{:02d} UTC, {} {}, {}", hh, mm, k_months[c.m - 1], c.d, c.y);
    case 1:
      return fmt::format("{}, {} {}, {} - {}:{:02d} {}", k_wd[weekday(day)], k_mon[c.m - 1], c.d, c.y,
                         hh > 12 ? hh - 12 : hh, mm, hh >= 12 ? "PM" : "AM");
    case 2:
      return fmt::format("{} {} {} {:02d}:{:02d} (UTC +01:00)", c.d, k_months[c.m - 1], c.y, hh, mm);
    case 3:
      return fmt::format("Published {} {}, {}", k_months[c.m - 1], c.d, c.y);
    default:
      return fmt::format("date {:04d}-{:02d}-{:02d}", c.y, c.m, c.d);
  }
}

std::string iso(long day) {
  const Civil c = civil_from_days(day);
  return fmt::format("{:04d}-{:02d}-{:02d}", c.y, c.m, c.d);
}

std::string as_txt(Rng& r, const Article& a) {
  std::string s = a.title + "\n\n" + header_date(r, a.pub) + "\n\n" + a.byline + "\n\n";
  for (std::size_t i = 0; i < a.paragraphs.size(); ++i) {
    s += a.paragraphs[i] + "\n\n";
    if (i == a.paragraphs.size() / 2 && r.chance(50)) s += "Share this article\n\n";
  }
  s += "Recommended\n";
  for (const auto& x : a.recommended) s += "- " + x + "\n";
  return s;
}

std::string as_md(const Article& a) {
  std::string s =
      fmt::format("---\ntitle: {}\ndate: {}\nsource: {}\nurl: {}\n---\n\n", a.title, iso(a.pub), a.outlet, a.url);
  for (const auto& p : a.paragraphs) s += p + "\n\n";
  s += "## Related Articles\n";
  for (const auto& x : a.recommended) s += "- [" + x + "](https://example.org/)\n";
  return s;
}

std::string html_escape(std::string_view in) {
  std::string out;
  for (const char c : in) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '"')
      out += "&quot;";
    else
      out += c;
  }
  return out;
}

std::string as_html(const Article& a) {
  std::string s = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  s += "<title>" + html_escape(a.title) + " | " + html_escape(a.outlet) + "</title>\n";
  s += "<meta property=\"og:site_name\" content=\"" + html_escape(a.outlet) + "\">\n";
  s += "<meta property=\"article:published_time\" content=\"" + iso(a.pub) + "T09:30:00+00:00\">\n";
  s += "<link rel=\"canonical\" href=\"" + a.url + "\">\n</head>\n<body>\n";
  s += "<nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a> | <a href=\"/business\">Business</a> | "
       "<a href=\"/tech\">Technology</a></nav>\n<article>\n<h1>" +
       html_escape(a.title) + "</h1>\n<p class=\"byline\">" + html_escape(a.byline) + "</p>\n";
  for (const auto& p : a.paragraphs) s += "<p>" + html_escape(p) + "</p>\n";
  s += "</article>\n<aside><h2>Recommended</h2><ul>\n";
  for (const auto& x : a.recommended) s += "<li><a href=\"/r\">" + html_escape(x) + "</a></li>\n";
  s += "</ul></aside>\n<footer>&copy; " + html_escape(a.outlet) + "</footer>\n</body>\n</html>\n";
  return s;
}

std::string json_escape(std::string_view in) {
  std::string out;
  for (const char c : in) {
    if (c == '"')
      out += "\\\"";
    else if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else
      out += c;
  }
  return out;
}

std::string as_json_line(const Article& a) {
  std::string text;
  for (const auto& p : a.paragraphs) text += (text.empty() ? "" : "\n\n") + p;
  return fmt::format(
      "{{\"title\": \"{}\", \"url\": \"{}\", \"outlet\": \"{}\", \"published\": \"{}\", \"text\": \"{}\"}}\n",
      json_escape(a.title), a.url, json_escape(a.outlet), iso(a.pub), json_escape(text));
}

void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    fmt::print(stderr, "usage: gen_corpus OUT_DIR N [SEED]\n");
    return 2;
  }
  const fs::path out = argv[1];
  const std::size_t n = std::stoul(argv[2]);
  const std::uint64_t seed = argc > 3 ? std::stoull(argv[3]) : 1;
  Rng r{seed};
  // About a hundred articles per incident, at least four incidents.
  const std::size_t incidents = std::max<std::size_t>(4, n / 100);
  std::vector<Incident> inc;
  for (std::size_t i = 0; i < incidents; ++i) inc.push_back(make_incident(r, i));

  std::size_t bytes = 0, files = 0;
  for (std::size_t i = 0; i < n;) {
    const fs::path dir = out / fmt::format("{:04d}", i / 1000);
    if (i % 1000 == 0) fs::create_directories(dir);
    const std::size_t kind = r.below(20);
    std::string body;
    std::string ext;
    std::size_t count = 1;
    if (kind < 2) {  // a JSONL feed of a few articles (never across a folder's thousand)
      count = std::min<std::size_t>({static_cast<std::size_t>(r.range(2, 6)), n - i, 1000 - i % 1000});
      for (std::size_t k = 0; k < count; ++k) body += as_json_line(write_article(r, inc[r.below(incidents)], i + k));
      ext = "jsonl";
    } else {
      const Article a = write_article(r, inc[r.below(incidents)], i);
      if (kind < 10)
        body = as_txt(r, a), ext = "txt";
      else if (kind < 15)
        body = as_md(a), ext = "md";
      else
        body = as_html(a), ext = "html";
    }
    write_file(dir / fmt::format("{:06d}.{}", i, ext), body);
    bytes += body.size();
    ++files;
    i += count;
  }
  fmt::print(stderr, "gen_corpus: {} articles in {} files, {:.1f} MB, {} incidents, seed {}\n", n, files,
             static_cast<double>(bytes) / 1e6, incidents, seed);
  return 0;
}
