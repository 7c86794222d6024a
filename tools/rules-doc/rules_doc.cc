// opgavesnit-rules-doc: writes the rule tables of docs/diagnostics.md from
// the rules table (engine/core/include/opgavesnit/core/rules.def).
//
//   opgavesnit-rules-doc FILE          rewrite the tables in FILE
//   opgavesnit-rules-doc --check FILE  exit 1 if FILE's tables are not current
//
// A table is the text between a line "<!-- rules: GROUP -->" and the line
// "<!-- end of rules -->"; the prose around the tables is left as it is.
#include <opgavesnit/core/diagnostics.h>
#include <opgavesnit/core/rules.h>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

using opgavesnit::RuleGroup;

constexpr std::string_view kEnd = "<!-- end of rules -->";

std::string_view group_name(RuleGroup g) {
  switch (g) {
    case RuleGroup::model:
      return "model";
    case RuleGroup::fmt:
      return "fmt";
    case RuleGroup::import_csv:
      return "import-csv";
    case RuleGroup::library:
      return "library";
  }
  return "model";
}

std::string table(std::string_view group) {
  std::string out = "| rule | severity | what it means |\n| --- | --- | --- |\n";
  for (const opgavesnit::RuleInfo& r : opgavesnit::kRules) {
    if (group_name(r.group) != group) continue;
    out += "| `" + std::string(r.id) + "` | " + opgavesnit::to_string(r.severity) + " | " +
           std::string(r.description) + " |\n";
  }
  return out;
}

/// `text` with every table replaced; false (and a message) on a marker
/// without its end or an unknown group.
bool rewrite(const std::string& text, std::string& out, std::string& problem) {
  std::istringstream in(text);
  std::string line;
  bool inside = false;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (inside) {
      if (line != kEnd) continue;
      inside = false;
    } else if (line.starts_with("<!-- rules: ") && line.ends_with(" -->")) {
      const std::string group = line.substr(12, line.size() - 16);
      if (group != "model" && group != "fmt" && group != "import-csv" && group != "library") {
        problem = std::to_string(number) + ": error: unknown group '" + group + "'";
        return false;
      }
      out += line + "\n" + table(group);
      inside = true;
      continue;
    }
    out += line + "\n";
  }
  if (inside) {
    problem = " error: a table without \"" + std::string(kEnd) + "\"";
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const bool check = argc == 3 && std::string_view(argv[1]) == "--check";
  if (argc != 2 && !check) {
    std::cerr << "usage: opgavesnit-rules-doc [--check] docs/diagnostics.md\n";
    return 2;
  }
  const std::string path = argv[argc - 1];
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    std::cerr << path << ": error: cannot read the file\n";
    return 1;
  }
  std::ostringstream buffer;
  buffer << file.rdbuf();
  const std::string text = buffer.str();
  std::string out, problem;
  if (!rewrite(text, out, problem)) {
    std::cerr << path << ":" << problem << "\n";
    return 1;
  }
  if (check) {
    if (out == text) return 0;
    std::cerr << path
              << ": error: the rule tables are not those of rules.def; run "
                 "'cmake --build build --target rules-doc'\n";
    return 1;
  }
  if (out != text) std::ofstream(path, std::ios::binary) << out;
  return 0;
}
