// The CSV tables of a plan: RFC 4180 quoting, formula neutralisation, and
// each table whole on a small model.
#include <doctest/doctest.h>
#include <opgavesnit/report/plan_csv.h>

#include <sstream>

#include "support/sample.h"

using namespace opgavesnit;
using opgavesnit::testing::ModelBuilder;
using opgavesnit::testing::sample_builder;

namespace {

/// The shared sample with b/vm depending on a/dc across the border, a
/// level "drift" (basis's facility and the servers' operation, 400 kr/h:
/// below the own 700 kr., so that a's net change is negative), a's annual
/// cost and book value, two a/vm, a cost split by population, and names a
/// spreadsheet would run or a CSV reader would split.
Model with_names() {
  ModelBuilder b = sample_builder();
  b.level("drift", 40000)
      .parent("basis")
      .include({.categories = {"server"}, .tasks = {"operation"}});
  b.component("b/vm", "vm").on("a/dc");
  b.scenario("s", "drift")
      .set("b", "none")
      .cost("transition", 100000, {{KeyBasis::population, 10000}});
  Model m = b.build();
  Component& dc = m.components[m.find_component("a/dc")];
  Component& vm = m.components[m.find_component("a/vm")];
  dc.annual_cost = 12345;
  vm.quantity = 2;
  vm.book_value = 990000;
  dc.name = "=SUM(A1:A9)";
  vm.name = "VMware, \"prod\"";
  m.municipalities[m.find_municipality("a")].name = "@A Kommune";
  return m;
}

std::string csv_of(const Model& m, CsvTable table, const CsvDialect& dialect = {}) {
  Diagnostics diags;
  const Plan p = make_plan(m, m.find_scenario("s"), diags);
  REQUIRE(diags.empty());
  std::ostringstream os;
  write_plan_csv(os, m, p, table, dialect);
  return os.str();
}

}  // namespace

TEST_CASE("csv_text_cell quotes as RFC 4180 asks") {
  CHECK(csv_text_cell("plain") == "plain");
  CHECK(csv_text_cell("") == "");
  CHECK(csv_text_cell("a,b") == "\"a,b\"");
  CHECK(csv_text_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_text_cell("two\nlines") == "\"two\nlines\"");
  CHECK(csv_text_cell("cr\rhere") == "\"cr\rhere\"");
  CHECK(csv_text_cell("Fælles SAN Struer–Lemvig") == "Fælles SAN Struer–Lemvig");
}

TEST_CASE("csv_text_cell neutralises what a spreadsheet would run as a formula") {
  CHECK(csv_text_cell("=1+2") == "'=1+2");
  CHECK(csv_text_cell("+45 1234") == "'+45 1234");
  CHECK(csv_text_cell("-2") == "'-2");
  CHECK(csv_text_cell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_text_cell("\tx") == "'\tx");
  CHECK(csv_text_cell("\rx") == "\"'\rx\"");
  CHECK(csv_text_cell("=HYPERLINK(\"http://x\",\"y\")") ==
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(csv_text_cell("a=b") == "a=b");  // only the first character counts
  CHECK(csv_text_cell("'quoted") == "'quoted");
}

TEST_CASE("parse_csv_table knows the four tables") {
  CsvTable t = CsvTable::components;
  CHECK(parse_csv_table("interfaces", t));
  CHECK(t == CsvTable::interfaces);
  CHECK(parse_csv_table("municipalities", t));
  CHECK(t == CsvTable::municipalities);
  CHECK(parse_csv_table("matrix", t));
  CHECK(t == CsvTable::matrix);
  CHECK(parse_csv_table("components", t));
  CHECK(t == CsvTable::components);
  CHECK_FALSE(parse_csv_table("Components", t));
  CHECK_FALSE(parse_csv_table("", t));
}

TEST_CASE("the components table") {
  CHECK(csv_of(with_names(), CsvTable::components) ==
        "municipality,component,name,type,status,tasks_handed_over,tasks_kept,wave,period,"
        "unscheduled,hours,hours_transferred,annual_cost,book_value,pin\r\n"
        "a,a/app,,app,retained,,backup operation patching,,,false,65.00,0.00,0.00,0.00,\r\n"
        "a,a/dc,'=SUM(A1:A9),dc,transferred,monitoring operation,,1,,false,120.00,120.00,123.45,"
        "0.00,\r\n"
        "a,a/vm,\"VMware, \"\"prod\"\"\",vm,split,operation,capacity,2,,false,272.00,240.00,0.00,"
        "9900.00,\r\n"
        "b,b/vm,,vm,retained,,capacity operation,,,false,136.00,0.00,0.00,0.00,\r\n");
}

TEST_CASE("the interfaces table") {
  CHECK(csv_of(with_names(), CsvTable::interfaces) ==
        "municipality,from,from_name,from_status,to,to_name,to_status,kind,direction\r\n"
        "a,a/app,,retained,a/vm,\"VMware, \"\"prod\"\"\",split,hard,service\r\n"
        "b,b/vm,,retained,a/dc,'=SUM(A1:A9),transferred,hard,service\r\n");
}

TEST_CASE("the municipalities table: negative numbers are numbers, not neutralised") {
  // a: 457 h in all (a/dc 120, two a/vm 272, a/app 65), 360 h handed over
  // (a/vm's capacity stays); at the region's 700 kr. plus a/dc's 123.45 kr.
  // the baseline is 320,023.45 kr. and the transferred cost 252,123.45 kr.;
  // the price is 360 h at drift's 400 kr. plus 123.45 kr.: net -108,000 kr.
  CHECK(csv_of(with_names(), CsvTable::municipalities) ==
        "municipality,name,level,components_transferred,components_split,components_retained,"
        "hours_total,hours_transferred,fte_transferred,baseline_cost,transferred_cost,price,"
        "net_change,assets,interfaces,conflicts,dropped_seeds,waves,common_cost:transition\r\n"
        "a,'@A Kommune,drift,1,1,1,457.00,360.00,0.221,320023.45,252123.45,144123.45,-108000.00,"
        "9900.00,1,0,0,2,250.00\r\n"
        "b,,none,0,0,1,136.00,0.00,0.000,95200.00,0.00,0.00,0.00,0.00,1,0,0,0,750.00\r\n");
}

TEST_CASE("the excel-da dialect: semicolons, decimal commas and a byte-order mark") {
  Model m = with_names();
  m.components[m.find_component("a/vm")].name = "VMware; prod, 2";
  CHECK(csv_of(m, CsvTable::components, CsvDialect::excel_da()) ==
        "\xEF\xBB\xBF"
        "municipality;component;name;type;status;tasks_handed_over;tasks_kept;wave;period;"
        "unscheduled;hours;hours_transferred;annual_cost;book_value;pin\r\n"
        "a;a/app;;app;retained;;backup operation patching;;;false;65,00;0,00;0,00;0,00;\r\n"
        "a;a/dc;'=SUM(A1:A9);dc;transferred;monitoring operation;;1;;false;120,00;120,00;123,45;"
        "0,00;\r\n"
        "a;a/vm;\"VMware; prod, 2\";vm;split;operation;capacity;2;;false;272,00;240,00;0,00;"
        "9900,00;\r\n"
        "b;b/vm;;vm;retained;;capacity operation;;;false;136,00;0,00;0,00;0,00;\r\n");
}

TEST_CASE("csv_text_cell quotes the dialect's separator, not the other") {
  CHECK(csv_text_cell("a;b", ';') == "\"a;b\"");
  CHECK(csv_text_cell("a,b", ';') == "a,b");
  CHECK(csv_text_cell("a;b") == "a;b");
}

TEST_CASE("parse_csv_dialect knows rfc4180 and excel-da") {
  CsvDialect d;
  CHECK(parse_csv_dialect("excel-da", d));
  CHECK(d.separator == ';');
  CHECK(d.decimal_comma);
  CHECK(d.bom);
  CHECK(parse_csv_dialect("rfc4180", d));
  CHECK(d.separator == ',');
  CHECK_FALSE(d.bom);
  CHECK_FALSE(parse_csv_dialect("excel", d));
}
