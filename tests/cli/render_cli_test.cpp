// `timeline build` in every format and `timeline check` on the samples, run as users run them.
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "support/run_binary.hpp"

namespace fs = std::filesystem;

namespace {

using test::Run;

Run run(const std::string& args, const std::string& env = "") { return test::run_binary(args, env); }

const std::string k_sample = std::string("'") + TIMELINE_SOURCE_DIR + "/data/samples/harbor-water-ransomware'";
const std::string k_samples[] = {"harbor-water-ransomware", "lab-outage"};

std::string sample(const std::string& name) {
  return std::string("'") + TIMELINE_SOURCE_DIR + "/data/samples/" + name + "'";
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + what.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("build: every format on every sample") {
  for (const auto& name : k_samples) {
    const auto j = run("build -q -f json " + sample(name));
    REQUIRE(j.code == 0);
    const auto tl = nlohmann::json::parse(j.out);
    const std::size_t events = tl["events"].size(), related = tl["related"].size(), undated = tl["undated"].size();
    INFO(name);

    const auto text = run("build -q " + sample(name));
    CHECK(text.code == 0);
    CHECK(text.out.rfind("Timeline", 0) == 0);
    CHECK(text.out.find("\x1b[") == std::string::npos);  // not a terminal: no colour

    const auto md = run("build -q -f markdown " + sample(name));
    CHECK(md.code == 0);
    CHECK(md.out.find("| Date | Kind | What happened | Sources |") != std::string::npos);
    CHECK(count(md.out, "\n| ") == events + undated + related + 1 + (undated ? 1 : 0) + (related ? 1 : 0));  // rows plus headers

    const auto csv = run("build -q -f csv " + sample(name));
    CHECK(csv.code == 0);
    CHECK(count(csv.out, "\r\nincident,") + count(csv.out, "\r\nundated,") + count(csv.out, "\r\nrelated,") ==
          events + undated + related);
    const auto claims = run("build -q -f csv --csv-claims " + sample(name));
    CHECK(claims.code == 0);
    CHECK(claims.out.rfind("event_id,section,", 0) == 0);

    const auto html = run("build -q -f html " + sample(name));
    CHECK(html.code == 0);
    CHECK(count(html.out, "<details class=\"event") == events + related);
    CHECK(html.out.find("http://") == html.out.find("http://www.w3.org/2000/svg"));  // only the SVG namespace

    const auto tljs = run("build -q -f timelinejs " + sample(name));
    CHECK(tljs.code == 0);
    const auto slides = nlohmann::json::parse(tljs.out);
    CHECK(slides["events"].size() <= events);
    CHECK(slides["title"]["text"].contains("headline"));
  }
}

TEST_CASE("build: -o writes the file - filters - colour - usage errors") {
  const auto dir = fs::temp_directory_path() / ("timeline-render-cli-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const auto out = (dir / "t.html").string();
  const auto w = run("build -q -f html -o '" + out + "' " + k_sample);
  CHECK(w.code == 0);
  CHECK(w.out.empty());
  CHECK(fs::file_size(out) > 1000);

  const auto all = nlohmann::json::parse(run("build -q -f json " + k_sample).out);
  const auto some = nlohmann::json::parse(
      run("build -q -f json --since 2024-04 --until 2024-04-30 --kind disclosure --kind finding " + k_sample).out);
  CHECK(some["events"].size() < all["events"].size());
  for (const auto& e : some["events"]) {
    CHECK((e["kind"] == "disclosure" || e["kind"] == "finding"));
    CHECK(e["date"]["value"].get<std::string>().rfind("2024-04", 0) == 0);
  }
  const auto strong = nlohmann::json::parse(run("build -q -f json --min-sources 5 " + k_sample).out);
  for (const auto& e : strong["events"]) CHECK(e["independent_sources"].get<int>() >= 5);

  CHECK(run("build -q --color always " + k_sample).out.find("\x1b[") != std::string::npos);
  CHECK(run("build -q --color always " + k_sample, "NO_COLOR=1").out.find("\x1b[") == std::string::npos);
  CHECK(run("build -q --explain " + k_sample).out.find("why this date:") != std::string::npos);

  const auto bad_format = run("build -f pdf " + k_sample);
  CHECK(bad_format.code == 2);
  CHECK(bad_format.err.find("unknown format 'pdf'") != std::string::npos);
  CHECK(run("build --since 2024-13 " + k_sample).code == 2);
  CHECK(run("build --since 2024-05 --until 2024-04 " + k_sample).code == 2);
  CHECK(run("build --csv-claims " + k_sample).code == 2);
  CHECK(run("build /no/such/folder").code == 3);
  CHECK(run("build -q --jobs 2 -f json " + k_sample).out == run("build -q --jobs 1 -f json " + k_sample).out);
  fs::remove_all(dir);
}

TEST_CASE("check: ok on the samples - drift exits 1 with a diff - --update rewrites - bad files exit 2") {
  for (const auto& name : k_samples) {
    const auto ok = run("check " + sample(name) + " --expect " + sample(name + "/expected.json"));
    INFO(ok.out << ok.err);
    CHECK(ok.code == 0);
    CHECK(ok.out.empty());
  }
  const auto dir = fs::temp_directory_path() / ("timeline-check-cli-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const auto file = (dir / "expected.json").string();
  const auto created = run("check -q " + k_sample + " --expect '" + file + "' --update");
  CHECK(created.code == 0);
  auto x = nlohmann::json::parse(std::ifstream(file));
  x["events"][0]["date"] = "1999-01";
  x["events"].push_back({{"kind", "lawsuit"}, {"date", "2030-01-01"}});
  std::ofstream(file) << x.dump(2);
  const auto drift = run("check " + k_sample + " --expect '" + file + "'");
  CHECK(drift.code == 1);
  CHECK(drift.out.find("~ date moved: ") != std::string::npos);
  CHECK(drift.out.find(" from 1999-01 to ") != std::string::npos);
  CHECK(drift.out.find("- missing event: lawsuit 2030-01-01") != std::string::npos);
  CHECK(drift.err.find("--update") != std::string::npos);
  CHECK(run("check -q " + k_sample + " --expect '" + file + "' --update").code == 0);
  CHECK(run("check -q " + k_sample + " --expect '" + file + "'").code == 0);

  std::ofstream(file) << "{\"schema\": \"timeline-expect/1\", \"events\": [{\"kind\": 3, \"date\": null}]}";
  const auto bad = run("check " + k_sample + " --expect '" + file + "'");
  CHECK(bad.code == 2);
  CHECK(bad.err == "timeline: error: " + file + ": events[0].kind: expected a string, got number\n");
  const auto missing = run("check " + k_sample + " --expect '" + (dir / "nope.json").string() + "'");
  CHECK(missing.code == 2);
  CHECK(missing.err.find("nope.json: no such file (run with --update to create it)") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("every subcommand has help with examples") {
  for (const char* sub : {"build", "check", "extract", "timex"}) {
    const auto h = run(std::string(sub) + " --help");
    INFO(sub);
    CHECK(h.code == 0);
    CHECK(h.out.find("Examples:") != std::string::npos);
  }
  const auto h = run("--help");
  CHECK(h.out.find("check") != std::string::npos);
  CHECK(h.out.find("Exit codes: 0 ok, 1 check failed, 2 usage error, 3 no usable input") != std::string::npos);
}
