// The DOT graph of a plan: quoting, and the whole graph of a small model.
#include <doctest/doctest.h>
#include <opgavesnit/report/plan_dot.h>

#include <sstream>

#include "support/sample.h"

using namespace opgavesnit;
using opgavesnit::testing::ModelBuilder;
using opgavesnit::testing::sample_builder;

TEST_CASE("dot_quote escapes quotes and backslashes and flattens control characters") {
  CHECK(dot_quote("a/b") == "\"a/b\"");
  CHECK(dot_quote("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(dot_quote("back\\slash\\") == "\"back\\\\slash\\\\\"");
  CHECK(dot_quote("two\nlines\t") == "\"two lines \"");
  CHECK(dot_quote("\\N \\G") == "\"\\\\N \\\\G\"");
  CHECK(dot_quote("<b>") == "\"<b>\"");
}

TEST_CASE("dot_quote escapes C1 controls, separators, bidi controls and bytes that are not UTF-8") {
  CHECK(dot_quote("a\u0085b") == "\"a<U+0085>b\"");
  CHECK(dot_quote("\u009b31m") == "\"<U+009B>31m\"");
  CHECK(dot_quote("x\u2028y\u2029") == "\"x<U+2028>y<U+2029>\"");
  CHECK(dot_quote("\u202Egpj.exe") == "\"<U+202E>gpj.exe\"");
  CHECK(dot_quote("\u2066a\u2069\u200Fb") == "\"<U+2066>a<U+2069><U+200F>b\"");
  CHECK(dot_quote("bad\xff\xc3") == "\"bad<FF><C3>\"");
  CHECK(dot_quote("\x1b]0;x\x07") == "\" ]0;x \"");
  // Printable text beyond ASCII is kept as it is.
  CHECK(dot_quote("Sønderborg – æøå \u00a0") == "\"Sønderborg – æøå \u00a0\"");
}

TEST_CASE("the graph of a municipality: its components, its neighbours dashed, the cut in red") {
  // The shared sample at basis (a/dc moves, a/vm and a/app stay), with b's
  // own b/dc (an interface to a/dc) and b/app.
  ModelBuilder b = sample_builder();
  b.component("b/dc", "dc").on_interface("a/dc");
  b.component("b/app", "app").on("b/dc");
  b.scenario("s", "basis");
  Model m = b.build();
  m.components[m.find_component("a/app")].name = "Fagsystem \"ESDH\" \\ ok";
  Diagnostics diags;
  const Plan p = make_plan(m, 0, diags);
  REQUIRE(diags.empty());
  DotOptions options;
  options.municipality = m.find_municipality("a");
  options.wave_word = "bølge";
  CHECK(dot_node_count(m, p, options) == 4);  // a's three and its neighbour b/dc
  std::ostringstream os;
  write_plan_dot(os, m, p, options);
  CHECK(os.str() ==
        "digraph \"a\" {\n"
        "  graph [rankdir=RL, newrank=true, nodesep=0.12, ranksep=0.6, fontname=\"Helvetica\", "
        "fontsize=11];\n"
        "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=9, "
        "height=0.3, margin=\"0.08,0.03\"];\n"
        "  edge [color=\"#8a8a8a\", arrowsize=0.6];\n"
        "  // scenario \"s\"\n"
        "  subgraph \"cluster_wave_1\" {\n"
        "    label=\"bølge 1\"; style=\"rounded\"; color=\"#b8c7e0\";\n"
        "    { rank=same;\n"
        "      \"a/dc\" [label=\"dc\", fillcolor=\"#cfe2ff\", color=\"#0b5ed7\"];\n"
        "      \"b/dc\" [label=\"b/dc\", fillcolor=\"#cfe2ff\", color=\"#0b5ed7\", "
        "style=\"rounded,filled,dashed\"];\n"
        "    }\n"
        "  }\n"
        "  \"a/app\" [label=\"app\\nFagsystem \\\"ESDH\\\" \\\\ ok\", fillcolor=\"#f1f1f1\", "
        "color=\"#777777\"];\n"
        "  \"a/vm\" [label=\"vm\", fillcolor=\"#f1f1f1\", color=\"#777777\"];\n"
        "  \"a/app\" -> \"a/vm\";\n"
        "  \"a/vm\" -> \"a/dc\" [color=\"#d62728\", penwidth=2.2];\n"
        "  \"b/dc\" -> \"a/dc\" [style=dashed];\n"
        "}\n");

  options.municipality = kNoId;  // the whole model
  CHECK(dot_node_count(m, p, options) == 5);
}
