#pragma once
// Test support for the actor and source taggers: a document made from text, segmented as the
// loader would.
#include <string>

#include "timeline/document.hpp"
#include "timeline/segment.hpp"

namespace timeline::test {

inline Document document(const std::string& body, const std::string& title = "", const std::string& outlet = "") {
  Document doc;
  doc.id = "example.txt";
  doc.path = doc.id;
  doc.body = body;
  doc.title = title;
  doc.outlet = outlet;
  (void)segment::segment(doc);
  return doc;
}

}  // namespace timeline::test
