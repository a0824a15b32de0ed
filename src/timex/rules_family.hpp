#pragma once
// The rule families, each in its own file; rules.cpp puts them in one table.
#include <vector>

#include "timex/rules.hpp"

namespace timeline::timex {

void add_calendar_rules(std::vector<Rule>& out);  ///< rules_calendar.cpp
void add_relative_rules(std::vector<Rule>& out);  ///< rules_relative.cpp

/// A clock time at the cursor ("3 p.m.", "noon"), for rules that combine one with a day.
std::optional<Match> clock_at(const Cursor& c);

}  // namespace timeline::timex
