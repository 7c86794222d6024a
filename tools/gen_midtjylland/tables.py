"""The files shared by every municipality: region.yaml, opgaver.yaml,
komponenttyper.yaml, organisation.yaml and serviceniveauer.yaml."""
import textwrap

from .data import (
    EFFEKTIVISERING, FUNDAMENT, KRAEVER, NIVEAUER, OMKOSTNINGSOPGAVE, OPGAVER, ORGANISATION,
    REGION_TIMEPRIS, TYPER, USIKRE_TIMER)
from .yamlout import Out, flow, header, num, rng, ys


# ---------------------------------------------------------------------------
# Files.

def write_region():
    o = Out()
    header(o, "Region Midtjylland: fælles indstillinger for modellen.")
    o("region:")
    o.kv(2, "id", "midtjylland")
    o.kv(2, "name", "Region Midtjylland")
    o.kv(2, "currency", "DKK")
    o.kv(2, "hours_per_fte", 1628, "produktive timer i et årsværk")
    o.kv(2, "hourly_cost", rng(*REGION_TIMEPRIS),
         "kommunens egen timepris for driftspersonale inkl. overhead (skøn)")
    return o.text()


def write_opgaver():
    o = Out()
    header(o, "Driftsopgaver: de opgaver, driften af server- og netværksinfrastruktur deles i.",
           ["Opgavesnittet lægges pr. komponent og opgave; timer pr. opgave står ved",
            "komponenttyperne (komponenttyper.yaml)."])
    o("tasks:")
    for tid, name, desc in OPGAVER:
        o(f"  - id: {tid}")
        o(f"    name: {ys(name)}")
        o(f"    description: {ys(desc)}")
    return o.text()


def write_typer():
    o = Out()
    header(o, "Komponenttyper og timeforbrug pr. enhed pr. år.",
           ["Timerne er skøn over den samlede indsats pr. enhed (fx pr. switch eller pr.",
            "virtuel server), kalibreret så en kommune på ca. 40.000 indbyggere bruger",
            "omkring 7-9 årsværk på server- og netværksdrift inkl. fagsystemernes",
            "applikationsdrift (som bliver i kommunen). De er et udgangspunkt for",
            "drøftelsen, ikke en måling.",
            "",
            "Fundamentopgaver (foundation: true) er drift og hændelseshåndtering: den, der",
            "overtager en komponent med en hård afhængighed, skal også have dem på det, den",
            "afhænger af. `requires` binder opgaver sammen på samme komponent: drift og",
            "hændelser følges ad, patching kræver drift, sikkerhed kræver patching,",
            "kapacitet kræver overvågning, og vagt kræver hændelseshåndtering.",
            "",
            "Kategorier: facilitet, netvaerk, platform, database, applikation, ot.",
            "Serviceniveauerne (serviceniveauer.yaml) vælger efter kategori.",
            "",
            "Hvor timetallet varierer meget fra kommune til kommune, står det som et",
            "trepunktsskøn { low, likely, high }: `plan` bruger likely, `risk` trækker",
            "fra intervallet. `annual_cost_task` er den opgave, komponentens årlige",
            "omkostning (licenser, abonnementer, serviceaftaler) følger med til",
            "organisationen. Begrundelser: README.md."])
    o("component_types:")
    for t in TYPER:
        for line in textwrap.wrap(t["note"], 76):
            o(f"  # {line}")
        o(f"  - id: {t['id']}")
        o(f"    name: {ys(t['name'])}")
        o(f"    category: {t['kategori']}")
        total = sum(t["timer"].values())
        o(f"    tasks:                          # timer pr. {t['enhed']} pr. år, i alt {num(total)}")
        order = [x[0] for x in OPGAVER]
        for task in order:
            if task not in t["timer"]:
                continue
            hours = num(t["timer"][task])
            if (t["id"], task) in USIKRE_TIMER:
                low, high = USIKRE_TIMER[(t["id"], task)]
                hours = rng(low, t["timer"][task], high)
            parts = [f"task: {task}", f"hours: {hours}"]
            ranged = (t["id"], task) in USIKRE_TIMER
            if task in FUNDAMENT:
                parts.append("foundation: true")
            req = [r for r in KRAEVER.get(task, []) if r in t["timer"]]
            if req:
                parts.append(f"requires: {flow(req)}")
            if ranged:  # a range inside a flow mapping: block style, as fmt writes it
                o("      - " + parts[0])
                for part in parts[1:]:
                    o("        " + part)
            else:
                o("      - { " + ", ".join(parts) + " }")
        if t["id"] in OMKOSTNINGSOPGAVE:
            o.kv(4, "annual_cost_task", OMKOSTNINGSOPGAVE[t["id"]],
                 "den årlige omkostning følger denne opgave")
    return o.text()


def write_organisation():
    org = ORGANISATION
    o = Out()
    header(o, "Den tværkommunale IT-serviceorganisation: hvad det koster at drive det, den overtager.",
           ["Timeprisen er organisationens egen omkostning pr. arbejdet time (løn,",
            "pension, overhead); det faste beløb dækker ledelse, økonomi og HR, lokaler,",
            "fælles værktøjer (ITSM, overvågning) og bestyrelse. Effektiviseringen er den",
            "andel af de overdragne timer, der ikke længere behøves, fordi opgaven løses",
            "én gang for alle. Alle tal er trepunktsskøn (low, likely, high): `plan`",
            "bruger likely, `risk` trækker fra intervallet. Begrundelser: README.md."])
    o("organisation:")
    o.kv(2, "id", org["id"])
    o.kv(2, "name", ys(org["name"]))
    o.kv(2, "hourly_cost", rng(*org["hourly_cost"]), "kr. pr. arbejdet time")
    o.kv(2, "fixed_cost", rng(*org["fixed_cost"]), "kr. om året")
    o("  efficiency:")
    for task, (low, likely, high), why in EFFEKTIVISERING:
        o.kv(4, task, rng(low, likely, high), why)
    return o.text()


def write_niveauer():
    o = Out()
    header(o, "Serviceniveauer i den tværkommunale IT-serviceorganisation.",
           ["Tre trin, der bygger oven på hinanden med `extends`. Priserne er et skøn:",
            "timeprisen er den pris, kommunen betaler pr. overdraget time; det faste",
            "grundbeløb dækker kundeansvarlig, governance og fælles værktøjer.",
            "OT (tag `ot`) er undtaget på alle niveauer."])
    o("service_levels:")
    for n in NIVEAUER:
        for line in textwrap.wrap(n["note"], 76):
            o(f"  # {line}")
        o(f"  - id: {n['id']}")
        o(f"    name: {n['name']}")
        o(f"    rank: {n['rank']}")
        if "extends" in n:
            o(f"    extends: {n['extends']}")
        o("    sla:")
        o.kv(6, "availability", num(n["sla"]["availability"]), "procent pr. måned")
        o.kv(6, "response_minutes", n["sla"]["response_minutes"], "responstid på kritiske hændelser")
        o.kv(6, "support_hours", ys(n["sla"]["support_hours"]))
        o("    price:")
        o.kv(6, "hourly_rate", n["pris"]["hourly_rate"], "kr. pr. overdraget time")
        o.kv(6, "base_fee", n["pris"]["base_fee"], "kr. pr. kommune pr. år")
        for key in ("includes", "excludes"):
            if not n.get(key):
                continue
            o(f"    {key}:")
            for r in n[key]:
                first = True
                for fk in ("categories", "types", "tags", "tasks"):
                    if fk in r:
                        o(f"      {'- ' if first else '  '}{fk}: {flow(r[fk])}")
                        first = False
    return o.text()
