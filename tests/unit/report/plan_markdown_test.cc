// The Markdown report of a plan, and the Markdown building blocks.
#include <doctest/doctest.h>
#include <opgavesnit/report/markdown.h>
#include <opgavesnit/report/plan_markdown.h>

#include <sstream>

#include "support/sample.h"

using namespace opgavesnit;
using opgavesnit::testing::ModelBuilder;
using opgavesnit::testing::sample_builder;

namespace {

/// The shared sample at standard (with a base fee of 50,000 kr. and an SLA)
/// with two a/vm and a retained a/vm2, a's own hourly cost of 600 kr., a/dc's
/// annual cost and book value, a cost split by population (a 100, b 50),
/// and names with Markdown's characters.
Model with_markup() {
  ModelBuilder b = sample_builder();
  b.component("a/vm2", "vm").on("a/dc").retain("legacy");
  b.scenario("s", "standard")
      .set("b", "none")
      .cost("transition", 1000000, {{KeyBasis::population, 10000}});
  Model m = b.build();
  Component& dc = m.components[m.find_component("a/dc")];
  dc.annual_cost = 100000;
  dc.book_value = 2500000;
  m.components[m.find_component("a/vm")].quantity = 2;
  m.municipalities[m.find_municipality("a")].hourly_cost = 60000;
  m.municipalities[m.find_municipality("b")].population = 50;
  ServiceLevel& standard = m.levels[m.find_level("standard")];
  standard.base_fee = 5000000;
  standard.name = "Standard";
  standard.sla.push_back({"availability", "99.5"});
  m.municipalities[m.find_municipality("a")].name = "A | Kommune";
  m.scenarios[0].name = "Alle *på* standard";
  return m;
}

std::string report(const Model& m, Lang lang) {
  Diagnostics diags;
  const Plan p = make_plan(m, 0, diags);
  REQUIRE(diags.empty());
  std::ostringstream os;
  write_plan_markdown(os, m, p, lang);
  return os.str();
}

}  // namespace

TEST_CASE("md_escape makes model text inert") {
  CHECK(md_escape("Samsø Kommune") == "Samsø Kommune");
  CHECK(md_escape("a|b") == "a\\|b");
  CHECK(md_escape("*x* _y_ `z` [l](u) <b> # ~ & ! {}") ==
        "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\<b\\> \\# \\~ \\& \\! \\{\\}");
  CHECK(md_escape("back\\slash") == "back\\\\slash");
  CHECK(md_escape("two\nlines\r\nand\rmore\ttab") == "two lines and more tab");
  CHECK(md_code("samsoe/core") == "`samsoe/core`");
  CHECK(md_code("a`b") == "a\\`b");
  CHECK(md_code("") == "");
}

TEST_CASE("MdTable") {
  MdTable t;
  t.column("A");
  t.column("B", MdTable::Align::right);
  t.row({"1", "2", "dropped"});
  t.row({"only"});
  std::ostringstream os;
  t.write(os);
  CHECK(os.str() == "| A | B |\n| --- | ---: |\n| 1 | 2 |\n| only |  |\n\n");
}

TEST_CASE("plan markdown, English") {
  // a hands over a/dc (100 h + 20 h) and two a/vm (2 × 136 h): 392 h of 593
  // h (a/vm2's 136 h and a/app's 65 h stay); the price is the fee of 50,000
  // kr. + 392 h × 820 kr. + the annual 1,000 kr. = 372,440 kr., against 392 h
  // × 600 kr. + 1,000 kr. = 236,200 kr.; the transition's 10,000 kr. goes 100
  // to 50 by population.
  CHECK(report(with_markup(), Lang::en) == R"md(# Plan: Alle \*på\* standard

- **Scenario:** `s`
- **Plan:** consistent
- **Conflict policy:** `strict`
- **Waves:** 2

## Summary

| Municipality | Level | Transferred | Split | Retained | Hours transferred | FTE | Price | Net change | Interfaces | Conflicts |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| A \| Kommune | Standard | 2 | 0 | 2 | 392.00 h | 0.241 | DKK 372,440.00 | DKK +136,240.00 | 2 | 0 |
| b | none | 0 | 0 | 0 | 0.00 h | 0.000 | DKK 0.00 | DKK 0.00 | 0 | 0 |
| **Total** |  | 2 | 0 | 2 | 392.00 h | 0.241 | DKK 372,440.00 | DKK +136,240.00 | 2 | 0 |

## A \| Kommune (`a`)

### Package

- **Level:** Standard (`standard`)
- **SLA:** availability 99.5 %
- **Price:** hourly rate DKK 820.00; base fee DKK 50,000.00; annual price DKK 372,440.00

### Task-split matrix

Who holds each task on the components of each type, with the hours per year behind it: *shared* (the shared organisation), *municipality*, *both* (when the components of the type differ: hours with the shared organisation / with the municipality), *n/a* (the type has no such task).

| Type | operation | monitoring | capacity | backup | patching |
| --- | --- | --- | --- | --- | --- |
| dc | shared · 100.00 h | shared · 20.00 h | n/a | n/a | n/a |
| vm | both · 240.00 h / 120.00 h | n/a | both · 32.00 h / 16.00 h | n/a | n/a |
| app | municipality · 50.00 h | n/a | n/a | municipality · 10.00 h | municipality · 5.00 h |

### Interfaces

| From | To | Direction | Dependency |
| --- | --- | --- | --- |
| `a/app` | `a/vm` | service | hard |
| `a/vm2` | `a/dc` | service | hard |

### Conflicts

None.

### Waves

| Wave | Components | Hours |
| ---: | ---: | ---: |
| 1 | 1 | 120.00 h |
| 2 | 1 | 272.00 h |

#### Handover plan

| Wave | Component | Hours |
| ---: | --- | ---: |
| 1 | `a/dc` | 120.00 h |
| 2 | `a/vm` | 272.00 h |

### Economy

| Figure | Value |
| --- | ---: |
| Hours total | 593.00 h |
| Hours transferred | 392.00 h |
| FTE transferred | 0.241 |
| Baseline cost | DKK 356,800.00 |
| Transferred cost | DKK 236,200.00 |
| Price | DKK 372,440.00 |
| Net change | DKK +136,240.00 |
| Assets | DKK 25,000.00 |

*Net change =* base fee DKK 50,000.00 + 392.00 h × (hourly rate DKK 820.00 − own hourly cost DKK 600.00); the annual costs DKK 1,000.00 move with the components: in both price and transferred cost.

### Common costs

| Common cost | Share |
| --- | ---: |
| `transition` | DKK 6,666.67 |

## b (`b`)

### Package

- **Level:** none (does not take part)

### Task-split matrix

No components.

### Interfaces

None.

### Conflicts

None.

### Waves

None.

### Economy

| Figure | Value |
| --- | ---: |
| Hours total | 0.00 h |
| Hours transferred | 0.00 h |
| FTE transferred | 0.000 |
| Baseline cost | DKK 0.00 |
| Transferred cost | DKK 0.00 |
| Price | DKK 0.00 |
| Net change | DKK 0.00 |
| Assets | DKK 0.00 |

### Common costs

| Common cost | Share |
| --- | ---: |
| `transition` | DKK 3,333.33 |

)md");
}

TEST_CASE("plan markdown, Danish") {
  CHECK(report(with_markup(), Lang::da) == R"md(# Plan: Alle \*på\* standard

- **Scenarie:** `s`
- **Plan:** konsistent
- **Konflikthåndtering:** `strict`
- **Bølger:** 2

## Oversigt

| Kommune | Serviceniveau | Overdraget | Delt | Beholdt | Overdragne timer | Årsværk | Pris | Nettoændring | Snitflader | Konflikter |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| A \| Kommune | Standard | 2 | 0 | 2 | 392,00 t | 0,241 | 372.440,00 kr. | +136.240,00 kr. | 2 | 0 |
| b | ingen | 0 | 0 | 0 | 0,00 t | 0,000 | 0,00 kr. | 0,00 kr. | 0 | 0 |
| **I alt** |  | 2 | 0 | 2 | 392,00 t | 0,241 | 372.440,00 kr. | +136.240,00 kr. | 2 | 0 |

## A \| Kommune (`a`)

### Servicepakke

- **Serviceniveau:** Standard (`standard`)
- **SLA:** oppetid 99,5 %
- **Pris:** timepris 820,00 kr.; grundbetaling 50.000,00 kr.; årlig pris 372.440,00 kr.

### Opgavesnitsmatrix

Hvem der varetager hver opgave på komponenterne af hver type, med timerne pr. år bag: *fælles* (den fælles organisation), *kommune*, *begge* (når typens komponenter er forskellige: timer hos den fælles organisation / hos kommunen), *–* (typen har ikke opgaven).

| Komponenttype | operation | monitoring | capacity | backup | patching |
| --- | --- | --- | --- | --- | --- |
| dc | fælles · 100,00 t | fælles · 20,00 t | – | – | – |
| vm | begge · 240,00 t / 120,00 t | – | begge · 32,00 t / 16,00 t | – | – |
| app | kommune · 50,00 t | – | – | kommune · 10,00 t | kommune · 5,00 t |

### Snitflader

| Fra | Til | Retning | Afhængighed |
| --- | --- | --- | --- |
| `a/app` | `a/vm` | ydelse | hård |
| `a/vm2` | `a/dc` | ydelse | hård |

### Konflikter

Ingen.

### Bølger

| Bølge | Komponenter | Timer |
| ---: | ---: | ---: |
| 1 | 1 | 120,00 t |
| 2 | 1 | 272,00 t |

#### Overdragelsesplan

| Bølge | Komponent | Timer |
| ---: | --- | ---: |
| 1 | `a/dc` | 120,00 t |
| 2 | `a/vm` | 272,00 t |

### Økonomi

| Nøgletal | Værdi |
| --- | ---: |
| Timer i alt | 593,00 t |
| Overdragne timer | 392,00 t |
| Overdragne årsværk | 0,241 |
| Nuværende udgift | 356.800,00 kr. |
| Overdraget udgift | 236.200,00 kr. |
| Pris | 372.440,00 kr. |
| Nettoændring | +136.240,00 kr. |
| Aktiver | 25.000,00 kr. |

*Nettoændring =* grundbetaling 50.000,00 kr. + 392,00 t × (timepris 820,00 kr. − egen timepris 600,00 kr.); de årlige udgifter 1.000,00 kr. følger med komponenterne: de er både i prisen og i den overdragne udgift.

### Fællesomkostninger

| Fællesomkostning | Andel |
| --- | ---: |
| `transition` | 6.666,67 kr. |

## b (`b`)

### Servicepakke

- **Serviceniveau:** ingen (deltager ikke)

### Opgavesnitsmatrix

Ingen komponenter.

### Snitflader

Ingen.

### Konflikter

Ingen.

### Bølger

Ingen.

### Økonomi

| Nøgletal | Værdi |
| --- | ---: |
| Timer i alt | 0,00 t |
| Overdragne timer | 0,00 t |
| Overdragne årsværk | 0,000 |
| Nuværende udgift | 0,00 kr. |
| Overdraget udgift | 0,00 kr. |
| Pris | 0,00 kr. |
| Nettoændring | 0,00 kr. |
| Aktiver | 0,00 kr. |

### Fællesomkostninger

| Fællesomkostning | Andel |
| --- | ---: |
| `transition` | 3.333,33 kr. |

)md");
}
