// Each format reader through the in-memory seam (load_bytes): what a user would see in the
// extracted document.
#include <catch2/catch.hpp>

#include "timeline/load.hpp"

using namespace timeline;

namespace {
// A copy: the batch is usually a temporary.
Document only(const load::Batch& b) {
  REQUIRE(b.documents.size() == 1);
  return b.documents.front();
}
bool has_sentence(const Document& d, std::string_view text) {
  for (const auto& s : d.sentences)
    if (d.text(s.span) == text) return true;
  return false;
}
bool body_has(const Document& d, std::string_view text) { return d.body.find(text) != std::string::npos; }
}  // namespace

TEST_CASE("HTML: metadata from meta tags - furniture elements dropped and reported") {
  const std::string html = R"(<!doctype html><html><head><title>Page title | Site</title>
<meta property="og:title" content="Utility confirms attack">
<meta property="og:site_name" content="The Example Post">
<meta property="article:published_time" content="2024-04-19T08:30:00+01:00">
<link rel="canonical" href="https://example.org/a">
<style>body{color:red}</style><script>var tracking = 1;</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><h1>Utility confirms attack</h1></header>
<article><p>The utility said on Friday that an intruder had entered its network.</p>
<div class="related-links"><h3>Related</h3><ul><li>Another story</li></ul></div>
<p>Engineers isolated the <b>billing</b> servers.</p></article>
<aside>Most popular: unrelated things</aside><footer>Copyright 2024</footer></body></html>)";
  const auto batch = load::load_bytes("page.html", html, {});
  const auto& d = only(batch);
  CHECK(d.format == Format::html);
  CHECK(d.title == "Utility confirms attack");
  CHECK(d.outlet == "The Example Post");
  CHECK(d.url == "https://example.org/a");
  CHECK(d.published.value() == "2024-04-19T08:30:00+01:00");
  CHECK(d.published.origin == DateOrigin::metadata);
  CHECK(*d.published.utc() == "2024-04-19T07:30:00Z");
  CHECK(has_sentence(d, "The utility said on Friday that an intruder had entered its network."));
  CHECK(has_sentence(d, "Engineers isolated the billing servers."));
  CHECK_FALSE(body_has(d, "tracking"));
  CHECK_FALSE(body_has(d, "Another story"));
  CHECK_FALSE(body_has(d, "Home"));
  CHECK_FALSE(body_has(d, "Copyright"));
  bool nav_reported = false, related_reported = false;
  for (const auto& r : d.removed) {
    if (r.text.find("Home World") != std::string::npos) nav_reported = true;
    if (r.reason.find("related") != std::string::npos && r.text.find("Another story") != std::string::npos) related_reported = true;
  }
  CHECK(nav_reported);
  CHECK(related_reported);
}

TEST_CASE("HTML: byline and posted elements are header lines - the date in one dates the page") {
  const std::string html = R"(<html><head><title>Mill hit by ransomware</title></head><body><article>
<h1>Mill hit by ransomware</h1>
<div class="meta"><span class="byline">Ingrid Solheim &middot; Nordic Post</span>
<span class="posted">Posted: May 03, 2022 11:20 AM</span><span class="updated">Updated: May 03, 2022 2:47 PM</span></div>
<p>A paper mill has stopped production after a ransomware attack. Staff were sent home on Tuesday.</p>
</article></body></html>)";
  const auto& d = only(load::load_bytes("page.html", html, {}));
  CHECK(d.published.value() == "2022-05-03T11:20:00");
  CHECK(d.published.origin == DateOrigin::dateline);
  std::vector<std::string> kinds;
  for (const auto& h : d.header) kinds.push_back(h.kind);
  CHECK(kinds == std::vector<std::string>{"title", "byline", "dateline", "dateline"});
  // The lead is the first paragraph of the story, not the byline.
  REQUIRE(d.sentences.size() == 2);
  CHECK(d.text(d.sentences[0].span) == "A paper mill has stopped production after a ransomware attack.");
  CHECK(d.sentences[0].paragraph == 0);

  // A wrapper whose class names an author is no header line, nor is a time inside a sentence.
  const std::string wrapped = R"(<html><body><article><div class="story-body has-author">
<p>A paper mill stopped production on <time class="timestamp">Tuesday</time>, its owner said.</p>
<p>Staff were sent home.</p></div></article></body></html>)";
  const auto& w = only(load::load_bytes("page.html", wrapped, {}));
  CHECK(w.header.empty());
  REQUIRE(w.sentences.size() == 2);
  CHECK(w.text(w.sentences[0].span) == "A paper mill stopped production on Tuesday, its owner said.");
}

TEST_CASE("HTML: JSON-LD datePublished - then <time datetime>") {
  const std::string ld = R"(<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Ledger","datePublished":"2023-02-01T10:00:00Z","publisher":{"@type":"Organization","name":"Ledger Daily"}}]}
</script></head><body><article><p>Text of the story goes here.</p></article></body></html>)";
  const auto& a = only(load::load_bytes("a.html", ld, {}));
  CHECK(a.published.value() == "2023-02-01T10:00:00+00:00");
  CHECK(a.outlet == "Ledger Daily");
  CHECK(a.title == "Ledger");

  const std::string time = R"(<html><body><article><h1>Outage ends</h1><p class="byline">By A. Writer,
<time datetime="2024-03-05">March 5</time></p><p>Service came back after nine hours.</p></article></body></html>)";
  const auto& b = only(load::load_bytes("b.htm", time, {}));
  CHECK(b.published.value() == "2024-03-05");
  CHECK(b.published.evidence.find("<time datetime>") == 0);
  CHECK(b.title == "Outage ends");
}

TEST_CASE("HTML: a day alone in the top bar before the article dates it weakly - not one after it or any other date") {
  const std::string page =
      R"(<html><body><div class="topbar"><a href="/">Kelby Gazette</a> <span>Tuesday 4 March 2025</span></div>
<nav><a href="/news">News</a></nav><article><h1>Ferry returns</h1><p>The Tessel ferry ran again after the storm.</p>
</article><aside><span>Friday 7 March 2025</span></aside></body></html>)";
  const auto& a = only(load::load_bytes("a.html", page, {}));
  CHECK(a.published.value() == "2025-03-04");
  CHECK(a.published.confidence == Confidence::low);
  CHECK(a.published.evidence == "page top bar: Tuesday 4 March 2025");
  // A date only after the article (a sidebar) or a <time> inside it: not the top bar's rule.
  const std::string after = R"(<html><body><nav><a href="/news">News</a></nav><article><h1>Ferry returns</h1>
<p>The Tessel ferry ran again after the storm.</p></article><aside><span>Friday 7 March 2025</span></aside></body></html>)";
  CHECK(!only(load::load_bytes("b.html", after, {})).published.known());
  const std::string timed = R"(<html><body><div><span>Tuesday 4 March 2025</span></div><article><h1>Ferry returns</h1>
<p class="byline"><time datetime="2025-03-05">March 5</time></p><p>The Tessel ferry ran again after the storm.</p></article></body></html>)";
  CHECK(only(load::load_bytes("c.html", timed, {})).published.value() == "2025-03-05");
  // An update time in the top bar says when the page last changed, not when it was published.
  const std::string updated = R"(<html><body><div><span>Updated 4 March 2025</span></div><article><h1>Ferry returns</h1>
<p>The Tessel ferry ran again after the storm.</p></article></body></html>)";
  CHECK(!only(load::load_bytes("d.html", updated, {})).published.known());
}

TEST_CASE("HTML: a page that is not UTF-8 is decoded by its charset") {
  const std::string latin1 = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xE9 owners said the "
                             "outage ended.</p></body></html>";
  const auto& d = only(load::load_bytes("latin.html", latin1, {}));
  CHECK(has_sentence(d, "Caf\xC3\xA9 owners said the outage ended."));
}

TEST_CASE("JSON exports: arrays - nested source names - numbered ids - bad articles skipped") {
  const std::string json = R"([
 {"title":"One","url":"https://x.test/1","source":{"id":null,"name":"Wire One"},"publishedAt":"2024-04-20T09:00:00Z","content":"The first story says the attack began in March."},
 {"title":"No body","publishedAt":"2024-04-21"},
 {"headline":"Three","outlet":"Wire Three","date":"April 22, 2024","text":"<p>The third story is HTML.</p><p>It has two paragraphs.</p>"}
])";
  const auto batch = load::load_bytes("export.json", json, {});
  REQUIRE(batch.documents.size() == 2);
  CHECK(batch.documents[0].id == "export.json#1");
  CHECK(batch.documents[0].outlet == "Wire One");
  CHECK(batch.documents[0].published.value() == "2024-04-20T09:00:00+00:00");
  CHECK(batch.documents[1].id == "export.json#3");
  CHECK(batch.documents[1].published.value() == "2024-04-22");
  CHECK(batch.documents[1].sentences.size() == 2);
  REQUIRE(batch.skipped.size() == 1);
  CHECK(batch.skipped[0].path == "export.json#2");
  CHECK(batch.skipped[0].reason.find("no article text") != std::string::npos);
}

TEST_CASE("JSON exports: one article in an envelope - the envelope fills what it lacks") {
  const std::string json = R"({"export":{"format":"cms-export/2","exported_at":"2024-05-02T07:00:00Z"},
 "outlet":"Harbor Business",
 "article":{"id":"hb-17","title":"Clinic chain sued over breach","published":"2024-05-01T11:20:00Z",
  "body":"Patients sued the clinic chain on Tuesday. The claim was filed in the county court.",
  "related":[{"title":"Another story","body":"Not this article."}]}})";
  const auto batch = load::load_bytes("envelope.json", json, {});
  REQUIRE(batch.documents.size() == 1);
  const auto& d = batch.documents.front();
  CHECK(d.title == "Clinic chain sued over breach");
  CHECK(d.outlet == "Harbor Business");
  CHECK(d.published.value() == "2024-05-01T11:20:00+00:00");
  CHECK(d.sentences.size() == 2);
  // Two member objects with text: which one is the article is not guessed.
  const auto two = load::load_bytes("two.json", R"({"a":{"body":"One story."},"b":{"body":"Another story."}})", {});
  CHECK(two.documents.empty());
  REQUIRE(two.skipped.size() == 1);
  CHECK(two.skipped[0].reason.find("no article text") != std::string::npos);
}

TEST_CASE("JSON exports: an article nested in envelopes - its metadata beside it - no crawl time as a date") {
  // {"meta": {...}, "article": {...}}: the date and outlet sit in a sibling object.
  const auto meta = load::load_bytes("meta.json", R"({"meta":{"source":"Valley Digest","published":"2024-03-15T13:12:00Z"},
 "article":{"headline":"Water plant hit","body":"The utility said the attack began in February."}})", {});
  REQUIRE(meta.documents.size() == 1);
  CHECK(meta.documents[0].outlet == "Valley Digest");
  CHECK(meta.documents[0].published.value() == "2024-03-15T13:12:00+00:00");
  // Two levels down, as some APIs wrap records; a fetch time is not a publication date.
  const auto deep = load::load_bytes("api.json", R"({"status":"ok","meta":{"fetched_at":"2025-03-02T22:14:51Z",
 "canonical_url":"https://news.test/a"},"data":{"type":"article","attributes":{"site_name":"Wire Roundup",
 "title":"Carrier admits insider role","content_text":"The carrier admitted on Thursday that staff moved numbers."}}})",
                                    {});
  REQUIRE(deep.documents.size() == 1);
  CHECK(deep.documents[0].outlet == "Wire Roundup");
  CHECK(deep.documents[0].url == "https://news.test/a");
  CHECK_FALSE(deep.documents[0].published.known());
  // A JSONL record dated by "date_published".
  const auto line = load::load_bytes("feed.jsonl", "{\"date_published\":\"2024-06-19T07:30:00-04:00\",\"text\":\"A story.\"}\n", {});
  REQUIRE(line.documents.size() == 1);
  CHECK(line.documents[0].published.value() == "2024-06-19T07:30:00-04:00");
}

TEST_CASE("JSON exports: a body given as a list of paragraphs - a zone field beside the time") {
  // Paragraphs as strings, a day-first time and its zone in a field of its own.
  const auto list = load::load_bytes("wire.json", R"({"meta":{"exported_at":"2023-11-02T04:00:00Z"},
 "article":{"headline":"Retailer hit by skimmer","published":"17/02/2022 14:05","timezone":"CET",
  "body":["The retailer said on Thursday that card data was stolen.","It found the code on 4 February."]}})",
                                    {});
  REQUIRE(list.documents.size() == 1);
  CHECK(list.documents[0].sentences.size() == 2);
  CHECK(list.documents[0].published.value() == "2022-02-17T14:05:00+01:00");
  // Paragraphs as objects; an image block without text is passed over.
  const auto blocks = load::load_bytes("cms.json", R"({"title":"Portal breached","date":"2024-03-01",
 "content":[{"type":"paragraph","text":"The portal was breached in May."},{"type":"image","src":"a.png"},
 {"type":"paragraph","text":"The university apologised."}]})",
                                       {});
  REQUIRE(blocks.documents.size() == 1);
  CHECK(blocks.documents[0].sentences.size() == 2);
  // A zone field does not override the offset the time already has, nor attach to a bare day.
  const auto own = load::load_bytes("own.json", R"({"published":"2022-02-17T14:05:00+02:00","tz":"CET","text":"A story."})", {});
  REQUIRE(own.documents.size() == 1);
  CHECK(own.documents[0].published.value() == "2022-02-17T14:05:00+02:00");
  const auto day = load::load_bytes("day.json", R"({"published":"2022-02-17","tz":"CET","text":"A story."})", {});
  REQUIRE(day.documents.size() == 1);
  CHECK(day.documents[0].published.value() == "2022-02-17");
  // A wire feed's stamp dates its record when no other date field does.
  const auto wire = load::load_bytes("wire.jsonl", "{\"seq\":1,\"ts\":\"2024-01-23T09:12:00Z\",\"text\":\"A story.\"}\n", {});
  REQUIRE(wire.documents.size() == 1);
  CHECK(wire.documents[0].published.value() == "2024-01-23T09:12:00+00:00");
  // A list of numbers is no body.
  const auto tags = load::load_bytes("tags.json", R"({"title":"T","body":[1,2,3]})", {});
  CHECK(tags.documents.empty());
}

TEST_CASE(
    "JSON exports: a paragraphs field is the body - a date in seconds since 1970 - results in a response envelope") {
  const auto api = load::load_bytes("api.json", R"({"payload":{"story":{"storyId":5530981,"timestamp":1728472500,
  "headline":"Carmaker settles","paragraphs":["The carmaker will pay a penalty.","The order ends the probe."]}}})",
                                    {});
  REQUIRE(api.documents.size() == 1);
  CHECK(api.documents[0].sentences.size() == 2);
  CHECK(api.documents[0].published.value() == "2024-10-09T11:15:00+00:00");
  const auto ms = load::load_bytes("ms.json", R"({"date":1728472500000,"text":"A story."})", {});
  REQUIRE(ms.documents.size() == 1);
  CHECK(ms.documents[0].published.value() == "2024-10-09T11:15:00+00:00");
  // An API response: its list of results in an envelope, each result's text in "fields".
  const auto response = load::load_bytes("api-response.json", R"({"response":{"status":200,"total":2,"results":[
  {"id":"a1","fields":{"headline":"Fine criticised","pubDate":"Wed, 19 Mar 2025 06:45:00 +0100",
   "paragraphs":["Consumer groups criticised the fine.","The regulator announced it on Tuesday."]}},
  {"id":"a2","fields":{"headline":"Operator appeals","pubDate":"Thu, 20 Mar 2025 08:00:00 +0100",
   "paragraphs":["The operator said it would appeal."]}}]}})",
                                         {});
  REQUIRE(response.documents.size() == 2);
  CHECK(response.documents[0].published.value() == "2025-03-19T06:45:00+01:00");
  CHECK(response.documents[1].sentences.size() == 1);
  // The text under the names other news APIs give it: "bodyText", "maintext".
  const auto body_text = load::load_bytes("body-text.json", R"({"response":{"status":"ok","results":[
  {"id":"uk/2025/mar/19/fine","webPublicationDate":"2025-03-19T18:05:00Z",
   "fields":{"headline":"Fine criticised","bodyText":"Consumer groups criticised the fine. The regulator replied."}}]}})",
                                          {});
  REQUIRE(body_text.documents.size() == 1);
  CHECK(body_text.documents[0].sentences.size() == 2);
  CHECK(body_text.documents[0].published.value() == "2025-03-19T18:05:00+00:00");
  // Paragraph objects under "p".
  const auto p_objects = load::load_bytes(
      "p.json",
      R"({"data":{"items":[{"title":"T","published":"2025-01-15T06:30:00Z","body":[{"p":"One."},{"p":"Two."}]}]}})",
      {});
  REQUIRE(p_objects.documents.size() == 1);
  CHECK(p_objects.documents[0].sentences.size() == 2);
  const auto maintext = load::load_bytes("maintext.json", R"({"title":"T","maintext":"A story."})", {});
  CHECK(maintext.documents.size() == 1);
  // A date in milliseconds under "published_ms"; the edit time beside it is not the date.
  const auto ms_key = load::load_bytes(
      "ms-key.jsonl", R"({"updated_ms":1728480000000,"published_ms":1728472500000,"body":"A story."})", {});
  REQUIRE(ms_key.documents.size() == 1);
  CHECK(ms_key.documents[0].published.value() == "2024-10-09T11:15:00+00:00");
  // Seconds under "published_epoch" or "date_epoch".
  const auto epoch = load::load_bytes("epoch.jsonl",
                                      "{\"published_epoch\":1728472500,\"body\":\"A story.\"}\n"
                                      "{\"date_epoch\":1728472500,\"body\":\"Another story.\"}\n",
                                      {});
  REQUIRE(epoch.documents.size() == 2);
  for (const auto& d : epoch.documents) CHECK(d.published.value() == "2024-10-09T11:15:00+00:00");
  // A small number is an id or a count, never a date.
  const auto id = load::load_bytes("id.json", R"({"timestamp":5530981,"text":"A story."})", {});
  REQUIRE(id.documents.size() == 1);
  CHECK_FALSE(id.documents[0].published.known());
}

TEST_CASE("JSONL: one article a line - a broken line is skipped with its number") {
  const std::string jsonl =
      "{\"title\":\"A\",\"published\":\"2024-01-02\",\"text\":\"Alpha story text.\"}\n"
      "{\"title\":\"B\", broken\n"
      "\n"
      "{\"title\":\"C\",\"published\":\"2024-01-04\",\"body\":\"Gamma story text.\"}\n";
  const auto batch = load::load_bytes("feed.jsonl", jsonl, {});
  REQUIRE(batch.documents.size() == 2);
  CHECK(batch.documents[0].id == "feed.jsonl#1");
  CHECK(batch.documents[1].id == "feed.jsonl#4");
  REQUIRE(batch.skipped.size() == 1);
  CHECK(batch.skipped[0].path == "feed.jsonl#2");
  CHECK(batch.skipped[0].reason.find("invalid JSON") != std::string::npos);
}

TEST_CASE("JSONL: a header record and its paragraph records are one article") {
  const std::string jsonl =
      "{\"kind\":\"meta\",\"publication\":\"Harbour Courier\",\"title\":\"Utility sued\","
      "\"published_at\":\"2024-03-05T07:00:00Z\"}\n"
      "{\"kind\":\"para\",\"text\":\"A client sued the utility.\"}\n"
      "{\"kind\":\"para\",\"text\":\"The claim was filed on Monday.\"}\n"
      "{\"title\":\"Next story\",\"published\":\"2024-03-06\",\"text\":\"Another story.\"}\n"
      "{\"text\":\"A record of text alone after a whole article is an article of its own.\"}\n"
      "{\"title\":\"A header with no text\",\"published\":\"2024-03-07\"}\n";
  const auto batch = load::load_bytes("feed.jsonl", jsonl, {});
  REQUIRE(batch.documents.size() == 3);
  CHECK(batch.documents[0].id == "feed.jsonl#1");
  CHECK(batch.documents[0].title == "Utility sued");
  CHECK(batch.documents[0].outlet == "Harbour Courier");
  CHECK(batch.documents[0].published.local->day == 5);
  CHECK(batch.documents[0].body.find("A client sued the utility.\n\nThe claim was filed on Monday.") !=
        std::string::npos);
  CHECK(batch.documents[1].id == "feed.jsonl#4");
  CHECK(batch.documents[2].id == "feed.jsonl#5");
  REQUIRE(batch.skipped.size() == 1);
  CHECK(batch.skipped[0].path == "feed.jsonl#6");
  CHECK(batch.skipped[0].reason.find("no article text") != std::string::npos);
  // An article whose text is empty, then articles with ids of their own: nothing is merged.
  const auto apart = load::load_bytes("apart.jsonl",
                                      "{\"id\":1,\"title\":\"A\",\"date\":\"2024-06-01\",\"text\":\"\"}\n"
                                      "{\"id\":2,\"text\":\"Another story.\"}\n",
                                      {});
  REQUIRE(apart.documents.size() == 1);
  CHECK(apart.documents[0].id == "apart.jsonl#2");
  REQUIRE(apart.skipped.size() == 1);
  CHECK(apart.skipped[0].path == "apart.jsonl#1");
  // A header that counts its paragraphs ("paragraphs": 2) still heads them.
  const auto counted =
      load::load_bytes("counted.jsonl",
                       "{\"record\":\"header\",\"headline\":\"Utility sued\","
                       "\"published\":\"2024-03-05\",\"paragraphs\":2}\n"
                       "{\"record\":\"paragraph\",\"n\":1,\"text\":\"A client sued the utility.\"}\n"
                       "{\"record\":\"paragraph\",\"n\":2,\"text\":\"The claim was filed on Monday.\"}\n",
                       {});
  REQUIRE(counted.documents.size() == 1);
  CHECK(counted.documents[0].title == "Utility sued");
  CHECK(counted.documents[0].published.value() == "2024-03-05");
  CHECK(counted.documents[0].body.find("The claim was filed on Monday.") != std::string::npos);
}

TEST_CASE("JSON nested absurdly deep is refused - not parsed") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const auto batch = load::load_bytes("deep.json", deep, {});
  CHECK(batch.documents.empty());
  REQUIRE(batch.skipped.size() == 1);
  CHECK(batch.skipped[0].reason.find("nested deeper") != std::string::npos);
}

TEST_CASE("Markdown: front matter - heading title - markup stripped") {
  const std::string md =
      "---\ntitle: \"Breach at the mill\"\ndate: 2022-07-08\nsource: Valley Courier\nurl: https://v.test/m\n---\n"
      "# Breach at the mill\n\nThe **mill** said its [payroll system](https://v.test/p) was hit.\n\n"
      "![photo](x.jpg)\n> Nobody was paid on _time_, a worker said.\n";
  const auto& d = only(load::load_bytes("mill.md", md, {}));
  CHECK(d.title == "Breach at the mill");
  CHECK(d.outlet == "Valley Courier");
  CHECK(d.url == "https://v.test/m");
  CHECK(d.published.value() == "2022-07-08");
  CHECK(d.published.origin == DateOrigin::metadata);
  CHECK(has_sentence(d, "The mill said its payroll system was hit."));
  CHECK(has_sentence(d, "Nobody was paid on time, a worker said."));
  for (const auto& s : d.sentences) CHECK(d.text(s.span) != "Breach at the mill");
}

TEST_CASE("Markdown: an e-mail newsletter's front matter gives its name - subject and send time") {
  const std::string md =
      "---\nnewsletter: The Quay Brief\nissue: 40\nsubject: \"One month on\"\nsent: 2025-04-04T07:30:00+01:00\n"
      "from: \"The Quay Brief <editor@quay.test>\"\n---\n\nGood morning, and welcome to issue 40.\n";
  const auto& d = only(load::load_bytes("brief.md", md, {}));
  CHECK(d.title == "One month on");
  CHECK(d.outlet == "The Quay Brief");
  CHECK(d.published.value() == "2025-04-04T07:30:00+01:00");
  CHECK(d.published.origin == DateOrigin::metadata);
}

TEST_CASE("Markdown: a table's rows are sentences of their own - its rule row is dropped") {
  const std::string md =
      "# Timeline\n\n| Date | What happened |\n|------|:--------------|\n"
      "| 14 Aug 2023 | Flaw found in the **export** tool |\n| 16 Aug 2023 | Report sent to the vendor |\n";
  const auto& d = only(load::load_bytes("timeline.md", md, {}));
  CHECK(has_sentence(d, "14 Aug 2023: Flaw found in the export tool."));
  CHECK(has_sentence(d, "16 Aug 2023: Report sent to the vendor."));
  for (const auto& s : d.sentences) CHECK(d.text(s.span).find("---") == std::string_view::npos);
}

TEST_CASE("HTML: a table's rows are sentences of their own - its cells joined as a chronology reads") {
  const std::string html =
      "<html><body><article><p>How the outage unfolded.</p><table><thead><tr><th>Date</th><th>Event</th></tr>"
      "</thead><tbody><tr><td>11 Feb 2024</td><td><p>Attackers first log in</p></td></tr>"
      "<tr><td>16 Apr 2024</td><td></td><td>Security team detects bulk exports</td><td>Contained.</td></tr>"
      "</tbody></table><p>The review is continuing.</p></article></body></html>";
  const auto& d = only(load::load_bytes("chronology.html", html, {}));
  CHECK(has_sentence(d, "Date: Event."));
  CHECK(has_sentence(d, "11 Feb 2024: Attackers first log in."));
  CHECK(has_sentence(d, "16 Apr 2024: Security team detects bulk exports; Contained."));
  CHECK(has_sentence(d, "The review is continuing."));

  SECTION("a table that lays out the page is read as blocks, not as a row") {
    const std::string layout =
        "<html><body><table><tr><td><h1>Breach at the mill</h1><p>Customers were told on Monday that the billing "
        "servers had been breached, and that the payroll system was hit too.</p><p>The mill said its payroll "
        "system was restored.</p></td><td>Sidebar links</td></tr></table></body></html>";
    const auto& page = only(load::load_bytes("page.html", layout, {}));
    CHECK(has_sentence(page, "The mill said its payroll system was restored."));
    for (const auto& sentence : page.sentences)
      CHECK(page.text(sentence.span).find(": Sidebar") == std::string_view::npos);
  }
}

TEST_CASE("HTML: a sidebar that is the story's chronology is read - each item a sentence - other sidebars are not") {
  const std::string html =
      "<html><body><article><p>The review was published on Thursday.</p>"
      "<aside class=\"timeline-box\"><h3>Timeline: how the fraud unfolded</h3><ul>"
      "<li><strong>28 January</strong> &ndash; Finance officer's email account compromised after a phishing email</li>"
      "<li><strong>12 February</strong> &ndash; First payment of &pound;868,400 sent to the fraudsters' account</li>"
      "<li><strong>May</strong> &ndash; Man arrested on suspicion of money laundering</li></ul></aside>"
      "<aside><h3>Most read</h3><ul><li>Bus route cuts: full list of services affected</li>"
      "<li>Summer fair returns with record line-up</li><li>Primary school rated outstanding</li></ul></aside>"
      "</article></body></html>";
  const auto& d = only(load::load_bytes("review.html", html, {}));
  CHECK(has_sentence(d, "- 28 January – Finance officer's email account compromised after a phishing email"));
  CHECK(has_sentence(d, "- 12 February – First payment of £868,400 sent to the fraudsters' account"));
  for (const auto& s : d.sentences) CHECK(d.text(s.span).find("Bus route") == std::string_view::npos);
  REQUIRE(d.removed.size() == 1);
  CHECK(d.removed.front().text.find("Most read") != std::string::npos);

  SECTION("a definition list's dated terms - each term and its description one sentence") {
    const std::string dl =
        "<html><body><article><p>The settlement was announced on Tuesday.</p><aside class=\"timeline-box\">"
        "<h2>Timeline</h2><dl><dt>6 Jan 2025</dt><dd>Data advertised for sale on a forum</dd>"
        "<dt>10 Jan</dt><dd>Flaw fixed</dd><dt>20 Feb</dt><dd>Suspension extended pending security audit</dd>"
        "</dl></aside></article></body></html>";
    const auto& t = only(load::load_bytes("settlement.html", dl, {}));
    CHECK(has_sentence(t, "6 Jan 2025: Data advertised for sale on a forum."));
    CHECK(has_sentence(t, "10 Jan: Flaw fixed."));
    CHECK(has_sentence(t, "20 Feb: Suspension extended pending security audit."));
  }
}

TEST_CASE("Markdown: each list item is a sentence of its own") {
  const std::string md =
      "## Chronology\n\n- **3 October** – the security team identifies the attack\n"
      "- **4 October** – remote viewing suspended\n1. First step\n2) Second step\n";
  const auto& d = only(load::load_bytes("chronology.md", md, {}));
  CHECK(has_sentence(d, "- 3 October – the security team identifies the attack"));
  CHECK(has_sentence(d, "- 4 October – remote viewing suspended"));
  CHECK(has_sentence(d, "2) Second step"));
  for (const auto& s : d.sentences) CHECK(d.text(s.span).find("First step 2)") == std::string_view::npos);
}

TEST_CASE("text: title - repeated title - dateline and wire credit") {
  const std::string txt =
      "Mill hit by ransomware\n\nMill hit by ransomware\n# 3 May 2022 14:05 (UTC +02:00)\n\n"
      "OSLO (Nordic Wire) \xE2\x80\x94 A paper mill stopped production on Tuesday. Staff were sent home.\n";
  const auto& d = only(load::load_bytes("mill.txt", txt, {}));
  CHECK(d.title == "Mill hit by ransomware");
  CHECK(d.outlet == "Nordic Wire");
  CHECK(d.outlet_origin == "credit");
  CHECK(d.published.value() == "2022-05-03T14:05:00+02:00");
  CHECK(d.published.origin == DateOrigin::dateline);
  CHECK(d.published.confidence == Confidence::high);
  // The credit is metadata, not part of the lead sentence.
  REQUIRE(d.sentences.size() == 2);
  CHECK(d.text(d.sentences[0].span) == "A paper mill stopped production on Tuesday.");
}

TEST_CASE("text: a press release under a distributor's notice still opens with its dateline") {
  const std::string txt =
      "WIREDESK - Releases distributed on behalf of third parties. WireDesk accepts no responsibility for them.\n\n"
      "PRESS RELEASE\n\nHarlow Dock confirms full restoration of operations\n\n"
      "HARLOW, 14 March 2025 - Harlow Dock today confirms that all systems have been restored.\n\n"
      "The gates reopened on Sunday 9 March.\n";
  const auto& d = only(load::load_bytes("release.txt", txt, {}));
  CHECK(d.published.value() == "2025-03-14");
  CHECK(d.published.origin == DateOrigin::dateline);
  CHECK(has_sentence(d, "Harlow Dock today confirms that all systems have been restored."));
  // A wire's summary bullets and byline over a lead whose dateline has no year.
  const auto& wire = only(load::load_bytes("wire.txt",
                                           "UPDATE 2-Harlow Dock doubles count of affected accounts\n\n"
                                           "* Now says 41,500 accounts accessed\n* Refunds put at 910,000 pounds\n"
                                           "* Parent booked $4.3 mln of costs\n\nBy Jo Marsh\n\n"
                                           "LONDON, April 16 (Ledger Wire) - Harlow Dock said on Tuesday that hackers "
                                           "had accessed 41,500 accounts.\n",
                                           {}));
  REQUIRE(wire.published.month_day);
  CHECK(wire.published.month_day->month == 4);
  CHECK(wire.published.month_day->day == 16);
  CHECK(wire.outlet == "Ledger Wire");
  CHECK(has_sentence(wire, "Harlow Dock said on Tuesday that hackers had accessed 41,500 accounts."));
  // A chronology's entry a few lines down opens with a date, not with a city: the story's.
  const auto& chronology = only(load::load_bytes(
      "chronology.txt",
      "Harlow Dock hit by ransomware\n\nHarlow Dock said its gates were closed.\n\nHow it unfolded:\n\n"
      "12 March 2025 - Staff notice encrypted files.\n",
      {}));
  CHECK_FALSE(chronology.published.known());
  CHECK(has_sentence(chronology, "12 March 2025 - Staff notice encrypted files."));
  // Further down, a date before a dash is the story's.
  const auto& later = only(load::load_bytes(
      "later.txt",
      "Harlow Dock reopens\n\nThe dock reopened.\n\nCranes moved again.\n\nShips queued.\n\nHauliers waited.\n\n"
      "HARLOW, 14 March 2025 - The dock confirmed the news.\n",
      {}));
  CHECK_FALSE(later.published.known());
}

TEST_CASE("text: a byline - a wire dateline without its year") {
  const std::string txt =
      "Mill hit by ransomware\n\nBy Ingrid Solheim and Tomas van Dyke\n\n"
      "SKIEN, Norway, May 3 (Nordic Wire) - A paper mill stopped production on Tuesday. Staff were sent home.\n";
  const auto& d = only(load::load_bytes("mill.txt", txt, {}));
  CHECK(d.title == "Mill hit by ransomware");
  CHECK(d.outlet == "Nordic Wire");
  // The month and day wait for a year (the correlator's); the date itself is unknown.
  CHECK_FALSE(d.published.known());
  REQUIRE(d.published.month_day);
  CHECK(d.published.month_day->iso() == "--05-03");
  CHECK(d.published.evidence == "SKIEN, Norway, May 3 (Nordic Wire)");
  std::vector<std::string> kinds;
  for (const auto& h : d.header) kinds.push_back(h.kind);
  CHECK(kinds == std::vector<std::string>{"title", "byline", "dateline", "credit"});
  // Neither the byline nor the dateline is a sentence.
  REQUIRE(d.sentences.size() == 2);
  CHECK(d.text(d.sentences[0].span) == "A paper mill stopped production on Tuesday.");

  // Title, the outlet's name and the byline on consecutive lines.
  const std::string packed =
      "Mill hit by ransomware, production halted\nNordic Wire\nBy Ingrid Solheim\n\n"
      "SKIEN, Norway, 3 May (Nordic Wire) - A paper mill stopped production on Tuesday.\n";
  const auto& p = only(load::load_bytes("mill.txt", packed, {}));
  CHECK(p.title == "Mill hit by ransomware, production halted");
  REQUIRE(p.published.month_day);
  CHECK(p.published.month_day->iso() == "--05-03");
  kinds.clear();
  for (const auto& h : p.header) kinds.push_back(h.kind);
  CHECK(kinds == std::vector<std::string>{"title", "masthead", "byline", "dateline", "credit"});
  REQUIRE(p.sentences.size() == 1);
}

TEST_CASE("text: a publication line at the foot of the page - a weekday dateline without its year") {
  // The top gives no date; the foot's "Published …" does (not its update's).
  std::string story = "The chain was fined on Tuesday.\n\n";
  for (int i = 0; i < 14; ++i) story += "It said it would appeal.\n\n";
  const std::string foot = "Bakery chain fined over card data\n\nBy Ida Brennan\n\n" + story +
                           "MOST READ\n1. Tram fares rise\n\nPublished Oct. 8, 2024 | Updated Oct. 9, 2024 at 10:14 "
                           "a.m.\n\xC2\xA9 Harbour Ledger Media.\n";
  const auto& f = only(load::load_bytes("bakery.txt", foot, {}));
  CHECK(f.published.value() == "2024-10-08");
  CHECK(f.published.origin == DateOrigin::dateline);
  CHECK_FALSE(f.published.updated);
  CHECK(f.published.evidence.find("(at the foot of the page)") != std::string::npos);
  // A date at the foot that does not say it is the publication's does not date the article.
  const std::string other = "Bakery chain fined\n\n" + story + "Oct. 8, 2024\n";
  CHECK_FALSE(only(load::load_bytes("bakery.txt", other, {})).published.known());
  // A sentence that names the article before its publication word dates it too; one that
  // names something else does not.
  const std::string told =
      "Bakery chain fined\n\n" + story + "This story was first published on Tuesday, October 8, 2024.\n";
  const auto& t = only(load::load_bytes("bakery.txt", told, {}));
  CHECK(t.published.value() == "2024-10-08");
  CHECK(t.published.evidence.find("(at the foot of the page)") != std::string::npos);
  const std::string report = "Bakery chain fined\n\n" + story + "Report published October 8, 2024.\n";
  CHECK_FALSE(only(load::load_bytes("bakery.txt", report, {})).published.known());
  const std::string other_report =
      "Bakery chain fined\n\n" + story + "This report was published on 3 May 2024 by the Ombudsman.\n";
  CHECK_FALSE(only(load::load_bytes("bakery.txt", other_report, {})).published.known());

  // "TOWN, Thursday 5 May — …" under a masthead, the site's sections and a section label.
  const std::string lead =
      "THE HARBOUR POST\nNews | Business | Sport | Culture\n\nBUSINESS\n\nBakery chain admits card data was "
      "stolen\n\nBy Ida Brennan, Business Correspondent\n\nHARBOURTON, Thursday 5 May \xE2\x80\x94 The chain "
      "admitted on Wednesday that card data was stolen.\n";
  const auto& l = only(load::load_bytes("bakery.txt", lead, {}));
  REQUIRE(l.published.month_day);
  CHECK(l.published.month_day->iso() == "--05-05");
  CHECK(l.published.month_day->weekday == 4);
  // The masthead, the sections and the section label over the headline are no text.
  CHECK(l.title == "Bakery chain admits card data was stolen");
  std::vector<std::string> kinds;
  for (const auto& h : l.header) kinds.push_back(h.kind);
  CHECK(kinds == std::vector<std::string>{"masthead", "masthead", "masthead", "title", "byline", "dateline"});
  REQUIRE(l.sentences.size() == 1);
  CHECK(l.sentences[0].paragraph == 0);

  // A date line of labels and a weekday, without its year.
  const std::string line =
      "HARBOUR RADIO\n\nNEWS | MONDAY, JAN. 15\n\nFamilies sue bakery chain\n\nThree families sued the chain "
      "on Friday.\n";
  const auto& r = only(load::load_bytes("bakery.txt", line, {}));
  REQUIRE(r.published.month_day);
  CHECK(r.published.month_day->iso() == "--01-15");
  CHECK(r.published.month_day->weekday == 1);
  REQUIRE_FALSE(r.sentences.empty());
  CHECK(r.text(r.sentences.back().span) == "Three families sued the chain on Friday.");

  // Under the byline, a "Posted" line with its weekday and no year.
  const std::string posted =
      "Bakery chain to pay $2 million\n\nBy Ida Brennan\nPosted Thursday, March 21\n\nThe chain agreed to pay on "
      "Wednesday.\n";
  const auto& p = only(load::load_bytes("bakery.txt", posted, {}));
  REQUIRE(p.published.month_day);
  CHECK(p.published.month_day->iso() == "--03-21");
  CHECK(p.published.month_day->weekday == 4);

  // "Posted Jun 18 | by staff": a publication word makes the weekday unneeded.
  const auto& q = only(load::load_bytes(
      "bakery.txt", "Bakery chain reopens tills\n\nPosted Jun 18 | by CUOT staff\n\nThe tills reopened on Friday.\n",
      {}));
  REQUIRE(q.published.month_day);
  CHECK(q.published.month_day->iso() == "--06-18");
  // A bare "June 18" line is no dateline.
  const auto& b =
      only(load::load_bytes("bakery.txt", "Bakery chain reopens tills\n\nJune 18\n\nThe tills reopened.\n", {}));
  CHECK_FALSE(b.published.month_day);
}

TEST_CASE("text: the outlet under the byline - a full date between the wire city's dash and the next") {
  const std::string txt =
      "STATE: Mill hit by ransomware\n\nBy Ingrid Solheim\nNordic Wire\n\n"
      "SKIEN, Telemark (NW) \xE2\x80\x94 May 3, 2022 \xE2\x80\x94 A paper mill stopped production on Tuesday. "
      "Staff were sent home.\n";
  const auto& d = only(load::load_bytes("mill.txt", txt, {}));
  CHECK(d.title == "STATE: Mill hit by ransomware");
  CHECK(d.published.value() == "2022-05-03");
  CHECK(d.published.origin == DateOrigin::dateline);
  CHECK(d.published.evidence == "SKIEN, Telemark (NW) \xE2\x80\x94 May 3, 2022");
  std::vector<std::string> kinds;
  for (const auto& h : d.header) kinds.push_back(h.kind);
  CHECK(kinds == std::vector<std::string>{"title", "byline", "masthead", "dateline", "credit"});
  REQUIRE(d.sentences.size() == 2);
  CHECK(d.text(d.sentences[0].span) == "A paper mill stopped production on Tuesday.");

  // A lead whose words between two dashes are no date keeps them.
  const std::string aside =
      "Mill hit by ransomware\n\nSKIEN (NW) \xE2\x80\x94 A paper mill \xE2\x80\x94 the town's largest "
      "employer \xE2\x80\x94 stopped production on Tuesday.\n";
  const auto& a = only(load::load_bytes("mill.txt", aside, {}));
  CHECK_FALSE(a.published.known());
  // A capitalised word alone is no wire city: "UPDATE — May 3, 2022 — …" dates nothing.
  const auto& u = only(load::load_bytes(
      "mill.txt", "Mill hit by ransomware\n\nUPDATE \xE2\x80\x94 May 3, 2022 \xE2\x80\x94 A paper mill stopped.\n",
      {}));
  CHECK_FALSE(u.published.known());
  REQUIRE(a.sentences.size() == 1);
  CHECK(a.text(a.sentences[0].span).starts_with("A paper mill"));
}

TEST_CASE("publication date precedence: CLI over sidecar over metadata over dateline over file name") {
  const std::string txt = "April 2, 2024\n\nThe story text is here.\n";
  const auto dateline = only(load::load_bytes("2024-04-01-story.txt", txt, {}));
  CHECK(dateline.published.value() == "2024-04-02");
  CHECK(dateline.published.origin == DateOrigin::dateline);

  const auto by_name = only(load::load_bytes("2024-04-01-story.txt", "The story text is here.\n", {}));
  CHECK(by_name.published.value() == "2024-04-01");
  CHECK(by_name.published.origin == DateOrigin::filename);
  CHECK(by_name.published.confidence == Confidence::low);

  const auto sidecar = only(load::load_bytes("2024-04-01-story.txt", txt, {},
                                             R"({"published":"2024-04-03T10:00:00-04:00","outlet":"Side Wire"})"));
  CHECK(sidecar.published.value() == "2024-04-03T10:00:00-04:00");
  CHECK(sidecar.published.origin == DateOrigin::sidecar);
  CHECK(sidecar.outlet == "Side Wire");

  load::Options cli;
  cli.published = load::parse_date_text("2024-04-04", Lexicon::builtin());
  const auto over = only(load::load_bytes("2024-04-01-story.txt", txt, cli, R"({"published":"2024-04-03"})"));
  CHECK(over.published.value() == "2024-04-04");
  CHECK(over.published.origin == DateOrigin::cli);

  const auto none = only(load::load_bytes("story.txt", "The story text is here.\n", {}));
  CHECK_FALSE(none.published.known());
  CHECK(none.published.origin == DateOrigin::none);
}

TEST_CASE("a broken sidecar is reported and ignored") {
  const auto batch = load::load_bytes("s.txt", "Story text.\n", {}, "{\"published\": 2024,\n\"outlet\": }");
  REQUIRE(batch.documents.size() == 1);
  REQUIRE_FALSE(batch.diagnostics.empty());
  CHECK(batch.diagnostics[0].message.find("sidecar ignored: line 2") != std::string::npos);
}

TEST_CASE("bad input is skipped with its reason - invalid UTF-8 is repaired with a warning") {
  CHECK(load::load_bytes("empty.txt", "", {}).skipped.at(0).reason == "empty file");
  CHECK(load::load_bytes("img.txt", std::string("\x89PNG\r\n\x1a\n\0\0", 10), {}).skipped.at(0).reason ==
        "binary file, not text");
  CHECK(load::load_bytes("blank.txt", "\n\n   \n", {}).skipped.at(0).reason == "no article text");
  const auto bad = load::load_bytes("bad.txt", "Caf\xE9 owners said the outage ended.\n", {});
  const auto& d = only(bad);
  CHECK(d.body.find("\xEF\xBF\xBD") != std::string::npos);
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].find("invalid UTF-8: 1") == 0);
}

TEST_CASE("HTML nested deeper than the parser reads is reported as such") {
  std::string html = "<html><body>";
  for (int i = 0; i < 5000; ++i) html += "<div>";
  html += "<p>Deep text that is never reached.</p>";
  for (int i = 0; i < 5000; ++i) html += "</div>";
  html += "</body></html>";
  const auto batch = load::load_bytes("deep.html", html, {});
  REQUIRE(batch.skipped.size() == 1);
  CHECK(batch.skipped[0].reason.find("HTML nested too deeply") != std::string::npos);
}

TEST_CASE("publication date from the URL: HTML canonical link - JSON url - sidecar url - before the file name") {
  const std::string html =
      "<html><head><link rel=\"canonical\" href=\"https://news.test/2023/09/14/mill-hack\"></head>"
      "<body><article><p>A paper mill stopped production after a ransomware attack.</p></article></body></html>";
  const auto& h = only(load::load_bytes("2023-01-01-mill.html", html, {}));
  CHECK(h.published.value() == "2023-09-14");
  CHECK(h.published.origin == DateOrigin::url);
  CHECK(h.published.confidence == Confidence::medium);
  CHECK(h.published.evidence == "URL /2023/09/14/");

  const std::string json = R"({"url":"https://news.test/business/20230915/882211","text":"The mill restarted its presses."})";
  const auto& j = only(load::load_bytes("feed.json", json, {}));
  CHECK(j.published.value() == "2023-09-15");
  CHECK(j.published.origin == DateOrigin::url);

  const auto& s = only(load::load_bytes("mill.txt", "The mill restarted its presses.\n", {},
                                        R"({"url":"https://news.test/2023/Sep/16/mill"})"));
  CHECK(s.published.value() == "2023-09-16");
  CHECK(s.published.origin == DateOrigin::url);

  // A dateline in the text beats the URL.
  const auto& d = only(load::load_bytes("mill.txt", "September 17, 2023\n\nThe mill restarted its presses.\n", {},
                                        R"({"url":"https://news.test/2023/09/16/mill"})"));
  CHECK(d.published.value() == "2023-09-17");
  CHECK(d.published.origin == DateOrigin::dateline);
}

TEST_CASE("text: a numeric dateline that reads both ways is read the way the article spells") {
  const std::string head = "Operator says files were test data\n\n06/02/2024 18:47\n\n";
  const auto& british = only(load::load_bytes(
      "a.txt", head + "The operator apologised and said the organisation would review its licence terms.\n", {}));
  CHECK(british.published.value() == "2024-02-06T18:47:00");
  CHECK(british.published.evidence.find("day first") != std::string::npos);
  const auto& american = only(load::load_bytes(
      "b.txt", head + "The operator apologized and said the organization would review its license terms.\n", {}));
  CHECK(american.published.value() == "2024-06-02T18:47:00");
  CHECK(american.published.evidence.find("month first") != std::string::npos);
  const auto& neither = only(load::load_bytes("c.txt", head + "The operator said it would review its terms.\n", {}));
  CHECK_FALSE(neither.published.known());
  const auto& written = only(load::load_bytes("d.txt", head + "The folder was found on 14 January.\n", {}));
  CHECK(written.published.value() == "2024-02-06T18:47:00");
}

TEST_CASE("text: an outlet's name in capitals over the date line is a masthead - a page label is furniture") {
  const std::string txt =
      "HARWELL NEWS AGENCY\nMon Apr 8, 2024 | 9:05am BST\nSection: Health / Regional\n\n"
      "Clinic group takes booking system offline after intrusion\n\n"
      "The Harwell clinic group said on Monday that it had taken its booking system offline.\n";
  const auto& d = only(load::load_bytes("clinic.txt", txt, {}));
  CHECK(d.title == "Clinic group takes booking system offline after intrusion");
  CHECK(d.published.value() == "2024-04-08T09:05:00+01:00");
  std::vector<std::string> kinds;
  for (const auto& h : d.header) kinds.push_back(h.kind);
  CHECK(kinds == std::vector<std::string>{"masthead", "dateline", "title"});
  REQUIRE(d.removed.size() == 1);
  CHECK(d.removed.front().text == "Section: Health / Regional");
  REQUIRE(d.sentences.size() == 1);
  CHECK(d.text(d.sentences[0].span).starts_with("The Harwell clinic group"));

  // A headline in capitals over the date, with the story right under it, stays the title.
  const auto& caps = only(load::load_bytes(
      "clinic.txt",
      "CLINIC SYSTEM OFFLINE\nApril 8, 2024\n\nThe Harwell clinic group took its booking system offline.\n", {}));
  CHECK(caps.title == "CLINIC SYSTEM OFFLINE");

  // Two labels over the date: the outlet and its section.
  const auto& two = only(load::load_bytes(
      "clinic.txt",
      "HARWELL NEWS AGENCY\nWorld Service | Health\n8 April 2024\n\nClinic group takes booking system offline\n\n"
      "HARWELL (HNA) -- The Harwell clinic group took its booking system offline.\n",
      {}));
  CHECK(two.title == "Clinic group takes booking system offline");
  REQUIRE(two.sentences.size() == 1);
  // A headline over its date, then a standfirst without a full stop, keeps its title.
  const auto& standfirst = only(load::load_bytes(
      "clinic.txt",
      "Clinic group takes booking system offline\n8 April 2024\n\nPatients told to phone for appointments\n\n"
      "The Harwell clinic group took its booking system offline.\n",
      {}));
  CHECK(standfirst.title == "Clinic group takes booking system offline");
  // A wire's slug lines between the date and the headline are the page's labels.
  const auto& slugged =
      only(load::load_bytes("clinic.txt",
                            "HARWELL NEWS AGENCY\nMon Apr 8, 2024 | 9:05am BST\nSection: Health\nSlug: CLINIC-CYBER\n"
                            "Priority: routine\nWords: 410\n\nClinic group takes booking system offline\n\n"
                            "The Harwell clinic group took its booking system offline.\n",
                            {}));
  CHECK(slugged.title == "Clinic group takes booking system offline");
  CHECK(slugged.removed.size() == 4);
  // A wire's slug under the date ("CLINIC-CYBER/Harwell-outage (URGENT)") is no headline.
  const auto& slug = only(load::load_bytes(
      "clinic.txt",
      "HARWELL NEWS AGENCY\n17/04/2024 09:05 (GMT+1)\nCLINIC-CYBER/Harwell-outage (URGENT)\n\n"
      "Clinic group takes booking system offline\n\nThe Harwell clinic group took its booking system offline.\n",
      {}));
  CHECK(slug.title == "Clinic group takes booking system offline");
  REQUIRE(slug.sentences.size() == 1);
  // A headline in capitals, or with the outlet after a bar, over its date keeps its place over a
  // standfirst.
  for (const std::string head :
       {"RANSOMWARE SHUTS CITY WATER BILLING", "Ransomware hits water billing | Harbor Courier"}) {
    const auto& w =
        only(load::load_bytes("water.txt",
                              head + "\n\nMarch 3, 2024\n\nResidents urged to pay in person as systems stay down\n\n"
                                     "The city's billing system was taken offline on Friday.\n",
                              {}));
    CHECK(w.title == head);
  }
}
