#include <opgavesnit/core/model.h>

#include <algorithm>
#include <ostream>

namespace opgavesnit {

namespace {

template <class Table>
void fill(std::unordered_map<std::string, Id>& index, const Table& table) {
  index.clear();
  index.reserve(table.size());
  for (std::size_t i = 0; i < table.size(); ++i) index.emplace(table[i].id, static_cast<Id>(i));
}

Id find_in(const std::unordered_map<std::string, Id>& index, std::string_view id) {
  auto it = index.find(std::string(id));
  return it == index.end() ? kNoId : it->second;
}

}  // namespace

void Model::index() {
  fill(task_index_, tasks);
  fill(type_index_, types);
  fill(level_index_, levels);
  fill(municipality_index_, municipalities);
  fill(scenario_index_, scenarios);
  component_index_.clear();
  component_index_.reserve(components.size());
  for (std::size_t i = 0; i < components.size(); ++i)
    component_index_.emplace(components[i].qualified, static_cast<Id>(i));
}

Id Model::find_task(std::string_view id) const { return find_in(task_index_, id); }
Id Model::find_type(std::string_view id) const { return find_in(type_index_, id); }
Id Model::find_level(std::string_view id) const { return find_in(level_index_, id); }
Id Model::find_municipality(std::string_view id) const { return find_in(municipality_index_, id); }
Id Model::find_scenario(std::string_view id) const { return find_in(scenario_index_, id); }
Id Model::find_component(std::string_view qualified) const {
  return find_in(component_index_, qualified);
}

bool is_valid_id(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!lower_or_digit(s[0])) return false;
  return std::all_of(s.begin(), s.end(),
                     [&](char c) { return lower_or_digit(c) || c == '.' || c == '_' || c == '-'; });
}

const char* to_string(Pin p) {
  switch (p) {
    case Pin::none:
      return "none";
    case Pin::retain:
      return "retain";
    case Pin::transfer:
      return "transfer";
  }
  return "none";
}

const char* to_string(DepKind k) { return k == DepKind::hard ? "hard" : "interface"; }

const char* to_string(KeyBasis b) {
  switch (b) {
    case KeyBasis::population:
      return "population";
    case KeyBasis::equal:
      return "equal";
    case KeyBasis::hours:
      return "hours";
  }
  return "population";
}

const char* to_string(Among a) { return a == Among::all ? "all" : "participating"; }

const char* to_string(ConflictPolicy c) { return c == ConflictPolicy::strict ? "strict" : "drop"; }

std::ostream& operator<<(std::ostream& os, Pin p) { return os << to_string(p); }
std::ostream& operator<<(std::ostream& os, DepKind k) { return os << to_string(k); }
std::ostream& operator<<(std::ostream& os, KeyBasis b) { return os << to_string(b); }
std::ostream& operator<<(std::ostream& os, Among a) { return os << to_string(a); }
std::ostream& operator<<(std::ostream& os, ConflictPolicy c) { return os << to_string(c); }

std::ostream& operator<<(std::ostream& os, const SourcePos& pos) {
  if (pos.file == kNoId) return os << "(no file)";
  return os << "file#" << pos.file << ':' << pos.line + 1 << ':' << pos.column + 1;
}

std::ostream& operator<<(std::ostream& os, const Estimate& e) {
  return os << '{' << e.low << ", " << e.likely << ", " << e.high << '}';
}

}  // namespace opgavesnit
