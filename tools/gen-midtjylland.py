#!/usr/bin/env python3
"""Writes the bundled model models/midtjylland/ (opgavesnit model format 1).

The model is an estimate, not an inventory: each municipality's
infrastructure is scaled from its size (number of schools, care homes and
day-care sites, switches, access points, hosts and virtual servers), with
hand-written town names, shared components and pins. See
models/midtjylland/README.md for the assumptions.

Usage:
    python3 tools/gen-midtjylland.py [--out DIR] [--befolkning FILE.tsv]

--befolkning reads a tab-separated table with a header line (columns: code,
name, population_YYYY, such as Statistics Denmark's FOLK1A gives; lines
starting with '#' are comments) and writes those
figures and that year into the municipality files. The dimensioning of the
infrastructure does not change with it: it stays fixed on the 2013 figures
below, so that updating the population does not move a single switch.

Deterministic: no randomness; variation between municipalities and towns
comes from a CRC32 of fixed strings. Python 3 standard library only.
"""
import argparse
import os
import re
import sys
import textwrap
import zlib

# ---------------------------------------------------------------------------
# Population (Statistics Denmark, 1 January 2013, as quoted by Wikipedia's
# article on Region Midtjylland). Also the dimensioning basis, see above.
BEFOLKNING_AAR = 2013
BEFOLKNING_KILDE = "Danmarks Statistik"
DIMENSIONERING = {  # id: (code, population 1 January 2013)
    "aarhus": (751, 319094),
    "randers": (730, 96007),
    "viborg": (791, 94333),
    "silkeborg": (740, 89346),
    "herning": (657, 86595),
    "horsens": (615, 84871),
    "skanderborg": (746, 58094),
    "ringkoebing-skjern": (760, 57259),
    "holstebro": (661, 57254),
    "skive": (779, 47291),
    "favrskov": (710, 47156),
    "hedensted": (766, 45868),
    "syddjurs": (706, 41894),
    "ikast-brande": (756, 40468),
    "norddjurs": (707, 38035),
    "struer": (671, 21846),
    "odder": (727, 21800),
    "lemvig": (665, 21223),
    "samsoe": (741, 3806),
}

# ---------------------------------------------------------------------------
# Tasks (driftsopgaver). (id, name, description)
OPGAVER = [
    ("drift", "Drift",
     "Daglig drift, konfiguration og ændringer efter aftalt ændringsproces"),
    ("haendelser", "Hændelseshåndtering",
     "Modtagelse, fejlsøgning og løsning af hændelser og problemer i normal arbejdstid"),
    ("patching", "Opdatering og patching",
     "Firmware-, software- og sikkerhedsopdateringer efter fast kadence"),
    ("overvaagning", "Overvågning",
     "Løbende overvågning, alarmer og logopsamling"),
    ("backup", "Backupdrift",
     "Backup og gendannelse af komponentens data og konfiguration, inkl. gendannelsestest"),
    ("kapacitet", "Kapacitetsstyring",
     "Måling og planlægning af kapacitet og ydelse"),
    ("livscyklus", "Hardwarelivscyklus",
     "Indkøb, udrulning, udskiftning og bortskaffelse af hardware"),
    ("sikkerhed", "Sikkerhedshærdning og sårbarhedshåndtering",
     "Hærdning efter baseline, sårbarhedsscanning og opfølgning"),
    ("vagt", "Vagt uden for normal arbejdstid",
     "Tilkaldevagt aften, nat og weekend"),
    ("leverandoer", "Leverandørstyring",
     "Kontrakter, licenser, supportsager og opfølgning hos leverandører"),
]

# Tasks that go together: a task needs the listed tasks of the same type.
KRAEVER = {
    "drift": ["haendelser"],
    "haendelser": ["drift"],
    "patching": ["drift"],
    "kapacitet": ["overvaagning"],
    "sikkerhed": ["patching"],
    "vagt": ["haendelser"],
}
FUNDAMENT = ("drift", "haendelser")

# ---------------------------------------------------------------------------
# Component types: id, name, category, unit (for comments), hours per unit
# per year by task, and a comment on the assumptions.
TYPER = [
    dict(id="datacenter", name="Datacenter/serverrum", kategori="facilitet", enhed="rum",
         note="Pr. serverrum: UPS, køl, strøm, fysisk adgang. Drift ca. 3 timer om ugen.",
         timer=dict(drift=150, haendelser=30, overvaagning=40, kapacitet=24, livscyklus=60,
                    sikkerhed=24, leverandoer=40, vagt=60)),
    dict(id="kernenet", name="Kerne- og fordelingsnet", kategori="netvaerk", enhed="switch",
         note="Pr. kerne- eller fordelingsswitch (inkl. routing og VLAN-design).",
         timer=dict(drift=24, haendelser=8, patching=6, overvaagning=4, backup=1, kapacitet=4,
                    livscyklus=6, sikkerhed=6, leverandoer=2, vagt=6)),
    dict(id="adgangsswitch", name="Adgangsswitche", kategori="netvaerk", enhed="switch",
         note="Pr. adgangsswitch på en lokation; ca. 8 timer om året alt i alt. Ingen vagt: fejl i adgangslaget venter til næste morgen.",
         timer=dict(drift=2.5, haendelser=1.5, patching=1, overvaagning=0.5, backup=0.25,
                    livscyklus=1.5, sikkerhed=0.75, leverandoer=0.25)),
    dict(id="wifi", name="Trådløst net (Wi-Fi)", kategori="netvaerk", enhed="access point",
         note="Pr. access point, controller eller cloudstyring indregnet; knap 4 timer om året. Ingen vagt, som adgangsswitchene.",
         timer=dict(drift=1, haendelser=0.75, patching=0.25, overvaagning=0.25, kapacitet=0.25,
                    livscyklus=0.75, sikkerhed=0.25, leverandoer=0.25)),
    dict(id="firewall", name="Firewall", kategori="netvaerk", enhed="enhed",
         note="Pr. firewall (et HA-par er 2). Regelændringer fylder mest; sikkerhed inkl. regelgennemgang.",
         timer=dict(drift=60, haendelser=12, patching=12, overvaagning=8, backup=2, kapacitet=4,
                    livscyklus=8, sikkerhed=40, leverandoer=6, vagt=16)),
    dict(id="wan", name="WAN-forbindelse", kategori="netvaerk", enhed="forbindelse",
         note="Pr. forbindelse til en lokation (fiber eller leveret af teleoperatør), inkl. router.",
         timer=dict(drift=4, haendelser=3, overvaagning=1, kapacitet=1, livscyklus=1, sikkerhed=0.5,
                    leverandoer=4, vagt=1.5)),
    dict(id="internet", name="Internetforbindelse", kategori="netvaerk", enhed="forbindelse",
         note="Pr. internetforbindelse, inkl. DDoS-beskyttelse og operatørstyring.",
         timer=dict(drift=12, haendelser=6, overvaagning=4, kapacitet=6, sikkerhed=12,
                    leverandoer=12, vagt=6)),
    dict(id="dns-dhcp", name="DNS og DHCP", kategori="netvaerk", enhed="server",
         note="Pr. DNS/DHCP-server eller -appliance (IP-adresseplan indregnet i drift).",
         timer=dict(drift=30, haendelser=6, patching=8, overvaagning=3, backup=2, kapacitet=3,
                    livscyklus=4, sikkerhed=8, leverandoer=2, vagt=6)),
    dict(id="katalog", name="Katalog- og identitetstjeneste", kategori="platform", enhed="server",
         note="Pr. domænecontroller eller IdM-server. Sikkerhed fylder: tiering, hærdning, AD-revision.",
         timer=dict(drift=60, haendelser=16, patching=10, overvaagning=6, backup=6, kapacitet=2,
                    livscyklus=2, sikkerhed=40, leverandoer=2, vagt=12)),
    dict(id="virtualisering", name="Virtualiseringsplatform", kategori="platform", enhed="vært",
         note="Pr. vært i en VMware- eller Hyper-V-klynge.",
         timer=dict(drift=30, haendelser=8, patching=10, overvaagning=4, backup=2, kapacitet=10,
                    livscyklus=10, sikkerhed=8, leverandoer=3, vagt=6)),
    dict(id="storage", name="Lagersystem (SAN/NAS)", kategori="platform", enhed="lagersystem",
         note="Pr. lagersystem (controllerpar med hylder).",
         timer=dict(drift=60, haendelser=12, patching=10, overvaagning=6, backup=8, kapacitet=30,
                    livscyklus=24, sikkerhed=8, leverandoer=10, vagt=12)),
    dict(id="backup", name="Backupplatform", kategori="platform", enhed="backupsystem",
         note="Pr. backupsystem (software, repository, uforanderlig kopi). Backup = kopier ud af huset og gendannelsestest.",
         timer=dict(drift=120, haendelser=30, patching=10, overvaagning=20, backup=60, kapacitet=20,
                    livscyklus=16, sikkerhed=24, leverandoer=8, vagt=16)),
    dict(id="server-fysisk", name="Fysisk server", kategori="platform", enhed="server",
         note="Pr. fysisk server (backupproxy, licensserver, særlige apparater).",
         timer=dict(drift=12, haendelser=5, patching=6, overvaagning=2, backup=3, kapacitet=1,
                    livscyklus=6, sikkerhed=4, leverandoer=1, vagt=3)),
    dict(id="server-virtuel", name="Virtuel server", kategori="platform", enhed="VM",
         note="Pr. virtuel server (styresystem; applikationen selv er ikke med). Ingen hardware, altså ingen livscyklus.",
         timer=dict(drift=6, haendelser=2.5, patching=4, overvaagning=1, backup=1.5, kapacitet=0.5,
                    sikkerhed=2.5, vagt=1)),
    dict(id="database", name="Databaseplatform", kategori="database", enhed="instans",
         note="Pr. databaseinstans (SQL Server); databasernes indhold hører til fagsystemet.",
         timer=dict(drift=40, haendelser=10, patching=10, overvaagning=6, backup=16, kapacitet=8,
                    sikkerhed=10, leverandoer=2, vagt=8)),
    dict(id="overvaagning", name="Overvågningsplatform", kategori="platform", enhed="platform",
         note="Pr. overvågningsplatform (fx PRTG, Zabbix, SCOM) med opsætning af målinger.",
         timer=dict(drift=160, haendelser=20, patching=16, overvaagning=8, backup=4, kapacitet=8,
                    sikkerhed=8, leverandoer=6, vagt=8)),
    dict(id="fagsystem", name="Fagsystem", kategori="applikation", enhed="miljø",
         note="Pr. miljø (produktion, test, uddannelse). Applikationsdrift bliver i kommunen; timerne er med i grundlaget.",
         timer=dict(drift=120, haendelser=40, patching=24, overvaagning=8, backup=6, sikkerhed=12,
                    leverandoer=40, vagt=10)),
    dict(id="ot-anlaeg", name="OT-/SCADA-anlæg", kategori="ot", enhed="anlæg",
         note="Pr. anlæg (styring, server og net i OT-segmentet). Bliver i kommunen.",
         timer=dict(drift=100, haendelser=24, patching=16, overvaagning=16, backup=4, livscyklus=16,
                    sikkerhed=40, leverandoer=24, vagt=24)),
]
TYPE = {t["id"]: t for t in TYPER}

# Three-point estimates (low, high) around the hours above, for the tasks
# whose effort varies most between municipalities: what automation,
# standardisation and the age of the kit make of them. The reasoning is in
# README.md ("Uncertainty"). Everything not listed is a single value.
USIKRE_TIMER = {  # (type, task): (low, high); likely is the value in TYPER
    ("adgangsswitch", "drift"): (1.5, 4),          # many units: small per switch, large in all
    ("wifi", "drift"): (0.5, 2),
    ("firewall", "drift"): (35, 100),               # rule changes: a few a month to several a day
    ("firewall", "sikkerhed"): (24, 70),
    ("katalog", "sikkerhed"): (24, 80),             # AD tiering and NIS2 work: done, or not begun
    ("virtualisering", "drift"): (20, 45),
    ("storage", "kapacitet"): (16, 50),
    ("backup", "drift"): (80, 200),                 # repository care, failed jobs, restore tests
    ("server-virtuel", "drift"): (4, 10),
    ("server-virtuel", "haendelser"): (1.5, 5),
    ("server-virtuel", "patching"): (2, 8),         # automated cadence vs. patching by hand
    ("database", "drift"): (24, 60),
}

# The task a type's annual cost moves with (annual_cost_task): licences,
# subscriptions and support contracts follow supplier management (so at
# Standard, where the platform's supplier management stays, the platform's
# licences stay too, as its level says); service contracts on hardware follow
# the hardware life cycle. Types not listed: the annual cost moves with any task.
OMKOSTNINGSOPGAVE = {
    "datacenter": "livscyklus",      # service of UPS, cooling, fire suppression
    "kernenet": "livscyklus",        # hardware service agreement
    "adgangsswitch": "livscyklus",
    "wifi": "livscyklus",            # controller and AP support
    "firewall": "leverandoer",       # subscriptions (threat feeds, support)
    "wan": "leverandoer",            # the operator's line contract
    "internet": "leverandoer",
    "dns-dhcp": "leverandoer",
    "virtualisering": "leverandoer",  # hypervisor licences
    "storage": "livscyklus",
    "backup": "leverandoer",          # backup software licences
    "server-fysisk": "livscyklus",
    "database": "leverandoer",        # SQL Server licences
    "overvaagning": "leverandoer",
}

# Hourly costs (kr.) as ranges: the region's (shared by every municipality
# without its own) and the municipalities' own, in KOMMUNER. What varies is
# how much overhead (management, premises, tools, training) is counted in.
REGION_TIMEPRIS = (570, 620, 700)

# Yearly cost per unit (licences, support, lines, service) and purchase price
# per unit (book value is a share of it that varies with the age of the kit).
PRIS = {  # type: (annual_cost per unit, purchase price per unit)
    "datacenter": (120000, 800000),
    "kernenet": (4000, 60000),
    "adgangsswitch": (600, 12000),
    "wifi": (350, 5000),
    "firewall": (45000, 150000),
    "wan": (9000, 10000),
    "internet": (90000, 0),
    "dns-dhcp": (30000, 80000),
    "katalog": (0, 0),
    "virtualisering": (28000, 180000),
    "storage": (120000, 1200000),
    "backup": (150000, 500000),
    "server-fysisk": (5000, 60000),
    "server-virtuel": (2500, 0),
    "database": (45000, 0),
    "overvaagning": (80000, 0),
}

# ---------------------------------------------------------------------------
# The shared IT service organisation (organisation.yaml): what it costs to run
# what it takes over. Three-point estimates; the reasoning is in README.md.
ORGANISATION = dict(
    id="midt-it",
    name="Den tværkommunale IT-serviceorganisation i Midtjylland",
    hourly_cost=(560, 610, 690),
    fixed_cost=(9000000, 12000000, 20000000),
)
# Share of the transferred hours the organisation no longer needs by pooling
# (low, likely, high). Published consolidation studies put pooled operation
# 10-25 % below the sum of its parts; the tasks that pool most are those done
# once for everyone instead of once per municipality.
EFFEKTIVISERING = [  # (task or "default", (low, likely, high), why)
    ("default", (0.03, 0.1, 0.18), "øvrige opgaver: fælles standarder og værktøjer"),
    ("overvaagning", (0.2, 0.35, 0.5), "én driftscentral i stedet for 19 overvågninger"),
    ("patching", (0.1, 0.25, 0.4), "automatiseret patching efter én fast kadence"),
    ("vagt", (0.3, 0.5, 0.65), "én vagtordning i stedet for op til 19"),
    ("leverandoer", (0.15, 0.3, 0.45), "én aftale pr. leverandør i stedet for 19"),
    ("haendelser", (0, 0.05, 0.12), "hændelser samles dårligt; det første år er alt nyt"),
]

# ---------------------------------------------------------------------------
# Service levels.
NIVEAUER = [
    dict(id="basis", name="Basis", rank=1,
         note="Net og datacenter: alt i facilitets- og netkategorien undtagen vagt.",
         sla=dict(availability=99.5, response_minutes=240, support_hours="hverdage 08-16"),
         pris=dict(hourly_rate=610, base_fee=120000),
         includes=[dict(categories=["facilitet", "netvaerk"],
                        tasks=["drift", "haendelser", "patching", "overvaagning", "backup",
                               "kapacitet", "livscyklus", "sikkerhed", "leverandoer"])],
         excludes=[dict(tags=["ot"])]),
    dict(id="standard", name="Standard", rank=2, extends="basis",
         note="Basis + drift af serverplatformen (katalog, virtualisering, lager, backup, servere, "
              "overvågning) i normal arbejdstid. Licenser og leverandøraftaler på platformen bliver i kommunen.",
         sla=dict(availability=99.7, response_minutes=120, support_hours="hverdage 07-17"),
         pris=dict(hourly_rate=595, base_fee=200000),
         includes=[dict(categories=["platform"],
                        tasks=["drift", "haendelser", "patching", "overvaagning", "backup",
                               "kapacitet", "livscyklus", "sikkerhed"])]),
    dict(id="plus", name="Plus", rank=3, extends="standard",
         note="Standard + vagt uden for arbejdstid, leverandørstyring og databaseplatformen.",
         sla=dict(availability=99.9, response_minutes=30, support_hours="alle dage 00-24"),
         pris=dict(hourly_rate=640, base_fee=250000),
         includes=[dict(categories=["facilitet", "netvaerk", "platform"], tasks=["vagt", "leverandoer"]),
                   dict(categories=["database"])]),
]

# ---------------------------------------------------------------------------
# Municipalities: hand-written facts. `byer`: towns or districts, the first is
# the main town. `adm`: administrative sites (id, name); the first is the town
# hall where the main server room is. `fagsystemer`: applications run on
# premises. `ot`: OT systems. Everything else is scaled from the population.
ESDH = {"aarhus": "Edoc", "randers": "SBSYS", "viborg": "WorkZone", "silkeborg": "SBSYS",
        "herning": "Acadre", "horsens": "SBSYS", "skanderborg": "WorkZone",
        "ringkoebing-skjern": "Acadre", "holstebro": "SBSYS", "skive": "Acadre",
        "favrskov": "SBSYS", "hedensted": "Acadre", "syddjurs": "SBSYS",
        "ikast-brande": "Acadre", "norddjurs": "SBSYS", "struer": "SBSYS", "odder": "Acadre",
        "lemvig": "SBSYS", "samsoe": "SBSYS"}

KOMMUNER = [
    dict(id="aarhus", name="Aarhus Kommune", hourly_cost=(610, 660, 740),
         byer=["Aarhus C", "Frederiksbjerg", "Trøjborg", "Aarhus N", "Christiansbjerg", "Vejlby",
               "Risskov", "Skejby", "Lisbjerg", "Trige", "Lystrup", "Elsted", "Skødstrup",
               "Hjortshøj", "Egå", "Brabrand", "Gellerup", "Hasle", "Åbyhøj", "Tilst", "Sabro",
               "Harlev", "Viby", "Holme", "Højbjerg", "Tranbjerg", "Mårslet", "Beder", "Malling",
               "Solbjerg", "Hasselager", "Kolt", "Skåde"],
         adm=[("raadhus", "Aarhus Rådhus"), ("dokk1", "Dokk1"), ("vaerkmestergade", "Værkmestergade"),
              ("groendalsvej", "Grøndalsvej"), ("jobcenter", "Jobcenter Aarhus"),
              ("sundhed-omsorg", "Sundhed og Omsorg, administration"), ("kolt-driftsgaard", "Driftsgården Kolt")],
         dc=[("dc-raadhus", "Datacenter Aarhus Rådhus", "Aarhus Rådhus"),
             ("dc-skejby", "Sekundært datacenter Skejby", "Skejby")],
         fagsystemer=["esdh", "gis", "bi", "intranet", "integration", "vagtplan", "byggesag",
                      "tandpleje", "bibliotek", "parkering", "rpa", "skoleadm", "beredskab",
                      "kvalitet", "affald", "koesystem", "printstyring", "musikskole"],
         ot=["cts", "adgangskontrol", "trafiksignaler", "idraet"],
         dns="appliance"),
    dict(id="randers", name="Randers Kommune",
         byer=["Randers C", "Randers Nord", "Vorup", "Kristrup", "Dronningborg", "Romalt",
               "Assentoft", "Langå", "Spentrup", "Havndal", "Gjerlev", "Stevnstrup", "Harridslev",
               "Øster Tørslev", "Gassum"],
         adm=[("raadhus", "Randers Rådhus"), ("jobcenter", "Jobcenter Randers"),
              ("materielgaard", "Materielgården")],
         dc=[("dc-raadhus", "Datacenter Randers Rådhus", "Randers Rådhus"),
             ("dc-kristrup", "Sekundært datacenter Kristrup", "Kristrup")],
         fagsystemer=["esdh", "gis", "bi", "intranet", "integration", "vagtplan", "byggesag", "tandpleje"],
         ot=["cts", "adgangskontrol", "trafiksignaler"], dns="appliance"),
    dict(id="viborg", name="Viborg Kommune",
         byer=["Viborg", "Overlund", "Vestervang", "Bjerringbro", "Karup", "Stoholm", "Møldrup",
               "Ørum", "Rødkærsbro", "Frederiks", "Skals", "Løgstrup", "Tjele", "Hammershøj"],
         adm=[("raadhus", "Viborg Rådhus"), ("jobcenter", "Jobcenter Viborg"),
              ("materielgaard", "Materielgården Viborg")],
         dc=[("dc-raadhus", "Datacenter Viborg Rådhus", "Viborg Rådhus"),
             ("dc-bjerringbro", "Sekundært datacenter Bjerringbro", "Bjerringbro")],
         fagsystemer=["esdh", "gis", "bi", "intranet", "integration", "vagtplan", "byggesag", "tandpleje"],
         ot=["cts", "adgangskontrol", "trafiksignaler"], dns="appliance"),
    dict(id="silkeborg", name="Silkeborg Kommune",
         byer=["Silkeborg", "Alderslyst", "Balle", "Gødvad", "Kjellerup", "Them", "Gjern",
               "Virklund", "Sejs-Svejbæk", "Lemming", "Thorning", "Kragelund", "Linå", "Funder"],
         adm=[("raadhus", "Silkeborg Rådhus"), ("jobcenter", "Jobcenter Silkeborg"),
              ("materielgaard", "Materielgården")],
         dc=[("dc-raadhus", "Datacenter Silkeborg Rådhus", "Silkeborg Rådhus"),
             ("dc-kjellerup", "Sekundært datacenter Kjellerup", "Kjellerup")],
         fagsystemer=["esdh", "gis", "bi", "intranet", "integration", "vagtplan", "byggesag", "tandpleje"],
         ot=["cts", "adgangskontrol", "trafiksignaler"], dns="appliance"),
    dict(id="herning", name="Herning Kommune",
         byer=["Herning", "Tjørring", "Lind", "Gullestrup", "Sunds", "Aulum", "Vildbjerg",
               "Kibæk", "Gjellerup", "Hammerum", "Sørvad", "Haderup", "Snejbjerg"],
         adm=[("raadhus", "Herning Rådhus"), ("jobcenter", "Jobcenter Herning"),
              ("materielgaard", "Materielgården")],
         dc=[("dc-raadhus", "Datacenter Herning Rådhus", "Herning Rådhus"),
             ("dc-lind", "Sekundært datacenter Lind", "Lind")],
         fagsystemer=["esdh", "gis", "bi", "intranet", "integration", "vagtplan", "byggesag", "tandpleje"],
         ot=["cts", "adgangskontrol", "trafiksignaler"], dns="appliance"),
    dict(id="horsens", name="Horsens Kommune",
         byer=["Horsens", "Stensballe", "Dagnæs", "Torsted", "Brædstrup", "Gedved", "Hovedgård",
               "Østbirk", "Lund", "Egebjerg", "Søvind", "Nim", "Hatting"],
         adm=[("raadhus", "Horsens Rådhus"), ("jobcenter", "Jobcenter Horsens"),
              ("materielgaard", "Materielgården")],
         dc=[("dc-raadhus", "Datacenter Horsens Rådhus", "Horsens Rådhus"),
             ("dc-torsted", "Sekundært datacenter Torsted", "Torsted")],
         fagsystemer=["esdh", "gis", "bi", "intranet", "integration", "vagtplan", "byggesag", "tandpleje"],
         ot=["cts", "adgangskontrol", "trafiksignaler"], dns="appliance"),
    dict(id="skanderborg", name="Skanderborg Kommune",
         byer=["Skanderborg", "Ry", "Hørning", "Galten", "Skovby", "Stilling", "Låsby",
               "Gammel Rye", "Hylke", "Virring", "Fruering"],
         adm=[("raadhus", "Skanderborg Rådhus"), ("jobcenter", "Jobcenter Skanderborg")],
         dc=[("dc-raadhus", "Datacenter Skanderborg Rådhus", "Skanderborg Rådhus"),
             ("dc-galten", "Sekundært datacenter Galten", "Galten")],
         fagsystemer=["esdh", "gis", "intranet", "integration", "vagtplan", "tandpleje"],
         ot=["cts", "adgangskontrol"], dns="appliance"),
    dict(id="ringkoebing-skjern", name="Ringkøbing-Skjern Kommune",
         byer=["Ringkøbing", "Skjern", "Tarm", "Videbæk", "Hvide Sande", "Spjald", "Lem",
               "Kloster", "Hover", "Stauning", "Højmark"],
         adm=[("raadhus", "Rådhuset Ringkøbing"), ("adm-skjern", "Administrationsbygningen Skjern")],
         dc=[("dc-raadhus", "Datacenter Rådhuset Ringkøbing", "Ringkøbing"),
             ("dc-skjern", "Sekundært datacenter Skjern", "Skjern")],
         fagsystemer=["esdh", "gis", "intranet", "integration", "vagtplan", "tandpleje"],
         ot=["cts", "adgangskontrol", "havn-hvide-sande"], dns="appliance"),
    dict(id="holstebro", name="Holstebro Kommune",
         byer=["Holstebro", "Vinderup", "Ulfborg", "Sevel", "Mejrup", "Tvis", "Idom", "Vemb",
               "Nørre Felding", "Sir", "Borbjerg"],
         adm=[("raadhus", "Holstebro Rådhus"), ("jobcenter", "Jobcenter Holstebro")],
         dc=[("dc-raadhus", "Datacenter Holstebro Rådhus", "Holstebro Rådhus"),
             ("dc-tvis", "Sekundært datacenter Tvis", "Tvis")],
         fagsystemer=["esdh", "gis", "intranet", "integration", "vagtplan", "tandpleje"],
         ot=["cts", "adgangskontrol"], dns="appliance"),
    dict(id="skive", name="Skive Kommune",
         byer=["Skive", "Balling", "Durup", "Roslev", "Glyngøre", "Jebjerg", "Rødding", "Højslev",
               "Breum", "Fur"],
         adm=[("raadhus", "Skive Rådhus"), ("jobcenter", "Jobcenter Skive")],
         dc=[("dc-raadhus", "Datacenter Skive Rådhus", "Skive Rådhus"),
             ("dc-resen", "Sekundært datacenter Resen", "Skive")],
         fagsystemer=["esdh", "gis", "intranet", "integration", "vagtplan", "tandpleje"],
         ot=["cts", "adgangskontrol"], dns="appliance", backup_transfer=True),
    dict(id="favrskov", name="Favrskov Kommune",
         byer=["Hinnerup", "Hadsten", "Hammel", "Ulstrup", "Søften", "Voldum", "Lading", "Thorsø",
               "Vellev", "Haldum"],
         adm=[("raadhus", "Favrskov Rådhus, Hinnerup"), ("adm-hadsten", "Administrationsbygningen Hadsten")],
         dc=[("dc-raadhus", "Datacenter Favrskov Rådhus", "Hinnerup"),
             ("dc-hammel", "Sekundært datacenter Hammel", "Hammel")],
         fagsystemer=["esdh", "gis", "intranet", "integration", "vagtplan", "tandpleje"],
         ot=["cts", "adgangskontrol"], dns="appliance", backup_transfer=True),
    dict(id="hedensted", name="Hedensted Kommune",
         byer=["Hedensted", "Juelsminde", "Tørring", "Løsning", "Uldum", "Barrit", "Stouby",
               "Daugård", "Hornsyld", "Rask Mølle"],
         adm=[("raadhus", "Hedensted Rådhus"), ("adm-juelsminde", "Administrationsbygningen Juelsminde")],
         dc=[("dc-raadhus", "Datacenter Hedensted Rådhus", "Hedensted"),
             ("dc-toerring", "Sekundært datacenter Tørring", "Tørring")],
         fagsystemer=["esdh", "gis", "intranet", "integration", "vagtplan", "tandpleje"],
         ot=["cts", "adgangskontrol"], dns="appliance", backup_transfer=True),
    dict(id="syddjurs", name="Syddjurs Kommune",
         byer=["Ebeltoft", "Rønde", "Kolind", "Hornslet", "Mørke", "Ryomgård", "Tirstrup",
               "Knebel", "Thorsager"],
         adm=[("raadhus", "Syddjurs Rådhus, Ebeltoft"), ("adm-roende", "Administrationsbygningen Rønde")],
         dc=[("dc-ebeltoft", "Datacenter Syddjurs Rådhus", "Ebeltoft"),
             ("dc-roende", "Sekundært datacenter Rønde", "Rønde")],
         fagsystemer=["esdh", "gis", "intranet", "integration", "vagtplan"],
         ot=["cts", "adgangskontrol"], dns="appliance"),
    dict(id="ikast-brande", name="Ikast-Brande Kommune",
         byer=["Ikast", "Brande", "Bording", "Nørre Snede", "Engesvang", "Ejstrupholm", "Isenvad",
               "Blåhøj"],
         adm=[("raadhus", "Ikast-Brande Rådhus, Ikast"), ("adm-brande", "Administrationsbygningen Brande")],
         dc=[("dc-raadhus", "Datacenter Ikast-Brande Rådhus", "Ikast"),
             ("dc-brande", "Sekundært datacenter Brande", "Brande")],
         fagsystemer=["esdh", "gis", "intranet", "integration", "vagtplan"],
         ot=["cts", "adgangskontrol"], dns="appliance", skolewifi_kontrakt=True),
    dict(id="norddjurs", name="Norddjurs Kommune",
         byer=["Grenaa", "Auning", "Ørsted", "Allingåbro", "Vivild", "Glesborg", "Trustrup", "Anholt"],
         adm=[("raadhus", "Norddjurs Rådhus, Grenaa"), ("adm-auning", "Administrationsbygningen Auning")],
         dc=[("dc-grenaa", "Datacenter Norddjurs Rådhus", "Grenaa")],
         fagsystemer=["esdh", "gis", "intranet", "integration", "vagtplan"],
         ot=["cts", "adgangskontrol"], dns="ad"),
    dict(id="struer", name="Struer Kommune",
         byer=["Struer", "Hjerm", "Bremdal", "Hvidbjerg", "Humlum", "Asp"],
         adm=[("raadhus", "Struer Rådhus")],
         dc=[("dc-struer", "Fælles datacenter Struer–Lemvig, Struer Rådhus", "Struer Rådhus")],
         fagsystemer=["esdh", "gis", "integration", "vagtplan"],
         ot=["cts", "adgangskontrol"], dns="ad"),
    dict(id="odder", name="Odder Kommune",
         byer=["Odder", "Hou", "Saksild", "Gylling", "Hundslund", "Tunø"],
         adm=[("raadhus", "Odder Rådhus")],
         dc=[("dc-odder", "Datacenter Odder Rådhus", "Odder Rådhus")],
         fagsystemer=["esdh", "gis", "integration", "vagtplan"],
         ot=["cts", "adgangskontrol"], dns="ad"),
    dict(id="lemvig", name="Lemvig Kommune",
         byer=["Lemvig", "Harboøre", "Thyborøn", "Bøvlingbjerg", "Klinkby", "Nørre Nissum"],
         adm=[("raadhus", "Lemvig Rådhus")],
         dc=[],  # the platform stands in struer/dc-struer
         fagsystemer=["esdh", "gis", "integration", "vagtplan"],
         ot=["cts", "havn-thyboroen"], dns="ad"),
    dict(id="samsoe", name="Samsø Kommune", hourly_cost=(540, 590, 670),
         byer=["Tranebjerg", "Nordby", "Ballen", "Onsbjerg"],
         adm=[("raadhus", "Samsø Rådhus, Tranebjerg")],
         dc=[("dc-tranebjerg", "Serverrum Samsø Rådhus", "Tranebjerg")],
         fagsystemer=["esdh", "gis", "integration"],
         ot=["cts", "faerge"], dns="ad"),
]

# Applications: id: (name, share of the application VMs, uses SQL, comment).
FAGSYSTEMER = {
    "esdh": ("ESDH ({esdh})", 10, True, "sager og dokumenter; fagforvaltningerne ejer løsningen"),
    "gis": ("GIS-platform", 6, True, "kortservere og geodatabase"),
    "bi": ("Ledelsesinformation (BI og datavarehus)", 6, True, "ejes af økonomi"),
    "intranet": ("Intranet (SharePoint)", 4, True, "redaktionen i kommunikation ejer indholdet"),
    "integration": ("Integrationsplatform", 5, True, "snitflader til Serviceplatformen og KOMBIT-løsninger"),
    "vagtplan": ("Vagtplanlægning", 3, True, "ældre- og handicapområdets vagtplaner"),
    "byggesag": ("Byggesagsarkiv og scanning", 3, True, "teknik og miljø"),
    "tandpleje": ("Tandplejesystem", 3, True, "børnetandplejen"),
    "bibliotek": ("Bibliotekernes selvbetjening", 2, False, "automater og betalingsløsning"),
    "parkering": ("Parkeringskontrol", 2, True, "betaling og kontrol"),
    "rpa": ("RPA-platform (softwarerobotter)", 3, True, "digitaliseringsenheden"),
    "skoleadm": ("Skoleadministration", 2, True, "skolernes lokale administrationssystem"),
    "beredskab": ("Beredskabets vagtcentral", 2, True, "alarmering og vagtlister"),
    "kvalitet": ("Kvalitets- og tilsynssystem", 2, True, "sundhed og omsorg"),
    "affald": ("Affaldssystem", 2, True, "tømningsruter og gebyrer"),
    "koesystem": ("Køsystem i Borgerservice", 1, False, "billetautomater og skærme"),
    "printstyring": ("Printstyring (follow-me print)", 2, True, "kører på printservere"),
    "musikskole": ("Musikskolens administration", 1, True, "tilmelding og betaling"),
}

# OT systems: id: (name, quantity per municipality size, reason to stay).
OT = {
    "cts": ("CTS/bygningsautomatik", "Bygningsautomatikken styres af ejendomsafdelingen i et adskilt OT-net; uden for reformens server- og netværksdrift"),
    "adgangskontrol": ("Adgangskontrol og videoovervågning", "Fysisk sikring af bygninger; ejes af ejendomsafdelingen og serviceres af installatøren"),
    "trafiksignaler": ("Trafiksignalanlæg (ITS)", "Trafikstyring er vejmyndighedens opgave og drives af signalleverandøren på et lukket net"),
    "idraet": ("Styring af svømmehaller og idrætsanlæg", "Vandbehandling og anlægsstyring hører til driften af anlæggene"),
    "havn-hvide-sande": ("Havneanlæg Hvide Sande (styring og overvågning)", "Havnens anlæg drives af havnen døgnet rundt på eget OT-net"),
    "havn-thyboroen": ("Thyborøn Havn (styring og overvågning)", "Havnens anlæg drives af havnen døgnet rundt på eget OT-net"),
    "faerge": ("Samsø Rederi: billet- og bookingsystem på færgen", "Færgedriften har egne krav fra Søfartsstyrelsen og en leverandør med døgnvagt"),
}

# Shared components between neighbours (documented in the files and README).
# Lemvig's platform stands in Struer's server room; Norddjurs reaches the
# internet through the Djurs fibre ring owned by Syddjurs, and puts its offsite
# backup copy in Syddjurs' server room; Samsø's link to the mainland ends in
# Odder's core network, and its offsite backup copy stands in Odder.


# ---------------------------------------------------------------------------
# Helpers.

def crc(*parts):
    return zlib.crc32("/".join(parts).encode("utf-8"))


def vary(key, lo, hi):
    """A fixed value in [lo, hi] derived from `key` (no randomness)."""
    return lo + (crc(key) % 1001) / 1000.0 * (hi - lo)


def translit(s):
    s = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), ("ü", "ue"), ("ö", "oe")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def largest_remainder(total, weights):
    """Splits the whole number `total` in proportion to `weights`."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(r) for r in raw]
    rest = total - sum(out)
    order = sorted(range(len(weights)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[:rest]:
        out[i] += 1
    return out


def flertal(n, ental, flere):
    return f"{n} {ental if n == 1 else flere}"


def rund(x, step):
    return int(round(x / step)) * step


PLAIN_OK = re.compile(r"^[A-Za-z0-9ÆØÅæøåÉéÜü(][^\n]*$")
SPECIAL_WORDS = {"true", "false", "null", "~", "yes", "no", "on", "off", "y", "n"}


def ys(s):
    """A YAML scalar for a text, plain where that is safe, else double-quoted."""
    s = str(s)
    looks_number = re.match(r"^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$", s) and any(c.isdigit() for c in s)
    if (PLAIN_OK.match(s) and ": " not in s and " #" not in s and not s.endswith(":")
            and not s.endswith(" ") and s.lower() not in SPECIAL_WORDS and not looks_number
            and not re.match(r"^0[xo]", s)):
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def num(x):
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    if isinstance(x, float):
        return ("%.2f" % x).rstrip("0").rstrip(".")
    return str(x)


def rng(low, likely, high):
    """A three-point estimate in flow style."""
    return f"{{ low: {num(low)}, likely: {num(likely)}, high: {num(high)} }}"


def flow(items):
    return "[" + ", ".join(items) + "]"


def kr(x):
    """Money with thousands separators for comments."""
    return f"{x:,.0f}".replace(",", ".")


class Out:
    def __init__(self):
        self.lines = []

    def __call__(self, line=""):
        self.lines.append(line.rstrip())

    def kv(self, indent, key, value, comment=None):
        line = " " * indent + f"{key}: {value}"
        if comment:
            line = line.ljust(indent + 36) + "  # " + comment if len(line) < indent + 36 else line + "  # " + comment
        self.lines.append(line)

    def text(self):
        return "\n".join(self.lines) + "\n"


def header(o, title, lines=()):
    o("opgavesnit: 1")
    o()
    o(f"# {title}")
    for l in lines:
        o(f"# {l}" if l else "#")
    o("#")
    o("# Skrevet af tools/gen-midtjylland.py. Ret i generatoren og kør den igen")
    o("# (se README.md); rettelser direkte i denne fil overskrives.")
    o()


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


# ---------------------------------------------------------------------------
# One municipality.

class Komp:
    def __init__(self, id, type, name, quantity=1, site=None, tags=(), annual_cost=None,
                 book_value=None, deps=(), pin=None, reason=None, comment=None, qty_note=None):
        self.id, self.type, self.name = id, type, name
        self.quantity, self.site, self.tags = quantity, site, list(tags)
        self.annual_cost, self.book_value = annual_cost, book_value
        self.deps = list(deps)  # str, or dict(on=, kind=, for=, note=)
        self.pin, self.reason, self.comment, self.qty_note = pin, reason, comment, qty_note


def costs(mid, cid, type_, qty, andel_ny=None):
    """Yearly cost and book value of `qty` units, with a fixed per-component age."""
    aar, indkoeb = PRIS.get(type_, (0, 0))
    annual = rund(aar * qty, 100)
    share = andel_ny if andel_ny is not None else vary(mid + "/" + cid + "/alder", 0.2, 0.65)
    book = rund(indkoeb * qty * share, 1000)
    return annual, book


def build(k):
    mid = k["id"]
    code, pop = DIMENSIONERING[mid]
    s = pop / 1000.0  # thousands of inhabitants
    comps = []
    sections = []  # (title, [Komp])

    def add(section, c):
        if not sections or sections[-1][0] != section:
            sections.append((section, []))
        annual, book = costs(mid, c.id, c.type, c.quantity)
        if c.annual_cost is None:
            c.annual_cost = annual
        if c.book_value is None:
            c.book_value = book
        sections[-1][1].append(c)
        comps.append(c)
        return c

    stor = s >= 80     # the six largest
    mellem = s >= 40   # at least 40.000 inhabitants
    dc_ids = [d[0] for d in k["dc"]]
    if mid == "lemvig":
        dc_main = "struer/dc-struer"
    else:
        dc_main = dc_ids[0]
    main_site = k["adm"][0][1]

    # --- Facilitet
    for i, (did, dname, dsite) in enumerate(k["dc"]):
        c = Komp(did, "datacenter", dname, site=dsite,
                 comment="primært serverrum" if i == 0 else "sekundært rum: spejlet lager og backupkopi")
        if mid == "struer":
            c.tags = ["delt"]
            c.comment = "deles med Lemvig Kommune, hvis platform står her"
            c.annual_cost, c.book_value = 180000, 520000
        add("Facilitet: serverrum", c)

    # --- Core network, firewalls, internet, DNS/DHCP
    kerne_antal = 2 + 2 * round(s / 15)
    add("Kernenet, firewalls og internet", Komp(
        "kernenet", "kernenet", "Kerne- og fordelingsnet", quantity=kerne_antal, site=main_site,
        deps=[dc_main] + ([{"on": dc_ids[1], "note": "fordelingsswitche i det sekundære rum"}] if len(dc_ids) > 1 else []),
        qty_note="2 i kernen + fordelingsswitche efter størrelse",
        comment=("kernen står på rådhuset i Lemvig og i det fælles datacenter i Struer, "
                 "forbundet med egen fiber") if mid == "lemvig" else None))
    sec = "Kernenet, firewalls og internet"
    inet_q = 2 if s >= 20 else 1
    inet_deps = [dc_main]
    if mid == "norddjurs":
        inet_deps = [{"on": "syddjurs/wan-djurs",
                      "note": "internetudgangen går over Djurs-fibernettet, som Syddjurs ejer"}]
    if mid == "samsoe":
        inet_deps = ["wan-fastland"]
    add(sec, Komp("internet", "internet", "Internetforbindelse" + (" (to operatører)" if inet_q == 2 else ""),
                  quantity=inet_q, deps=inet_deps))
    add(sec, Komp("fw-perimeter", "firewall", "Perimeterfirewall (HA-par)", quantity=2,
                  deps=["internet", "kernenet"]))
    if mellem:
        add(sec, Komp("fw-intern", "firewall", "Interne firewalls (segmentering)",
                      quantity=2 if not stor else 4, deps=["kernenet"]))
    if mid == "syddjurs":
        add(sec, Komp("wan-djurs", "wan", "Djurs-fibernettet (fælles med Norddjurs)", quantity=2,
                      tags=["delt"], deps=["kernenet"],
                      comment="Norddjurs' internetudgang går herover"))
    if mid == "samsoe":
        add(sec, Komp("wan-fastland", "wan", "Forbindelse Samsø–fastland (søkabel og radiokæde til Hou)",
                      quantity=2, tags=["delt"],
                      deps=[{"on": "odder/kernenet", "note": "forbindelsen ender i Odders kernenet"}],
                      comment="ender i Odder Kommunes net"))
        comps[[c.id for c in comps].index("kernenet")].deps.append("wan-fastland")

    # DNS/DHCP: appliances in the larger municipalities, on the domain
    # controllers in the smaller ones (which ties the network to AD).
    if k["dns"] == "appliance":
        add(sec, Komp("dns-dhcp", "dns-dhcp", "DNS og DHCP (appliances)", quantity=2,
                      deps=[dc_main, "kernenet"]))
    else:
        add(sec, Komp("dns-dhcp", "dns-dhcp", "DNS og DHCP på domænecontrollerne", quantity=2,
                      deps=["ad", "vmware-prod"], annual_cost=0, book_value=0,
                      comment="AD-integreret: kører på domænecontrollerne, så netdriften forudsætter AD og virtualisering"))

    # --- Sites
    S = max(1, round(1.5 + s / 6.8))   # schools
    P = max(1, round(1 + s / 9))      # care homes
    D = max(1, round(s / 4))          # day-care sites
    byer = k["byer"]
    # The towns are listed largest first: the main town weighs 3, the others
    # fall from 1.6 to 0.6 down the list, give or take 15 %.
    n_byer = len(byer)
    w = [3.0 if i == 0 else (1.6 - (i - 1) / max(1, n_byer - 2)) * vary(mid + "/" + b, 0.85, 1.15)
         for i, b in enumerate(byer)]
    skoler = largest_remainder(S, w)
    pleje = largest_remainder(P, w)
    dag = largest_remainder(D, [x + 0.4 for x in w])
    L = 1 + round(s / 20)             # libraries and culture houses
    bib = [0] * len(byer)
    for n, i in enumerate(sorted(range(len(byer)), key=lambda x: (-w[x], x)) * 2):
        if n < L:
            bib[i] += 1
    for i in range(len(byer)):  # every town has at least one site
        if skoler[i] + pleje[i] + dag[i] == 0:
            j = max(range(len(byer)), key=lambda x: dag[x])
            if dag[j] > 1:
                dag[j] -= 1
                dag[i] += 1
            else:
                dag[i] += 1
    # administrative sites
    for i, (aid, aname) in enumerate(k["adm"]):
        sec = "Administrative lokationer"
        sw_q = max(4, round(vary(mid + aid + "sw", 0.5, 1.0) * (6 + s / 3 if i == 0 else 4 + s / 12)))
        ap_q = max(6, round(sw_q * vary(mid + aid + "ap", 2.0, 3.0)))
        if i == 0:
            sw_deps = ["kernenet"]
        else:
            add(sec, Komp(f"wan-{aid}", "wan", f"WAN, {aname}", quantity=1, site=aname,
                          tags=["administration"], deps=["kernenet"]))
            sw_deps = [f"wan-{aid}"]
        add(sec, Komp(f"sw-{aid}", "adgangsswitch", f"Adgangsswitche, {aname}", quantity=sw_q, site=aname,
                      tags=["administration"], deps=sw_deps))
        add(sec, Komp(f"wifi-{aid}", "wifi", f"Wi-Fi, {aname}", quantity=ap_q, site=aname,
                      tags=["administration"],
                      deps=[f"sw-{aid}", {"on": "ad", "kind": "interface",
                                          "note": "802.1X mod AD/NPS"}]))
    # towns
    pin_skolewifi = k.get("skolewifi_kontrakt")
    for i, by in enumerate(byer):
        bid = translit(by)
        sec = f"Lokationer: {by}"
        links = skoler[i] + pleje[i] + dag[i] + bib[i]
        add(sec, Komp(f"wan-{bid}", "wan", f"WAN, {by}", quantity=links, site=by, deps=["kernenet"],
                      qty_note=flertal(links, "lokation", "lokationer")))
        if skoler[i]:
            sw = max(2, round(skoler[i] * vary(mid + bid + "ssw", 9, 15)))
            ap = max(6, round(skoler[i] * vary(mid + bid + "sap", 22, 36)))
            n = flertal(skoler[i], "skole", "skoler")
            add(sec, Komp(f"sw-skoler-{bid}", "adgangsswitch", f"Adgangsswitche, skoler i {by}", quantity=sw,
                          site=by, tags=["skole"], deps=[f"wan-{bid}"], qty_note=f"switche, {n}"))
            c = Komp(f"wifi-skoler-{bid}", "wifi", f"Wi-Fi, skoler i {by}", quantity=ap, site=by,
                     tags=["skole"], deps=[f"sw-skoler-{bid}"], qty_note=f"access points, {n}")
            if pin_skolewifi:
                c.pin = "retain"
                c.reason = ("Skolernes trådløse net er udbudt sammen med elevcomputerne; "
                            "kontrakten løber til 31.12.2028")
            add(sec, c)
        if pleje[i]:
            sw = max(2, round(pleje[i] * vary(mid + bid + "psw", 3, 6)))
            ap = max(6, round(pleje[i] * vary(mid + bid + "pap", 12, 20)))
            n = flertal(pleje[i], "plejecenter", "plejecentre")
            add(sec, Komp(f"sw-pleje-{bid}", "adgangsswitch", f"Adgangsswitche, plejecentre i {by}",
                          quantity=sw, site=by, tags=["pleje"], deps=[f"wan-{bid}"], qty_note=f"switche, {n}"))
            add(sec, Komp(f"wifi-pleje-{bid}", "wifi", f"Wi-Fi, plejecentre i {by}", quantity=ap, site=by,
                          tags=["pleje"],
                          deps=[f"sw-pleje-{bid}", {"on": "ad", "kind": "interface", "note": "802.1X"}],
                          qty_note=f"access points, {n}"))
        if bib[i]:
            sw = max(2, round(bib[i] * vary(mid + bid + "bsw", 2, 4)))
            ap = max(4, round(bib[i] * vary(mid + bid + "bap", 5, 10)))
            n = flertal(bib[i], "bibliotek", "biblioteker")
            add(sec, Komp(f"sw-bibliotek-{bid}", "adgangsswitch", f"Adgangsswitche, bibliotek i {by}",
                          quantity=sw, site=by, tags=["bibliotek"], deps=[f"wan-{bid}"], qty_note=f"switche, {n}"))
            add(sec, Komp(f"wifi-bibliotek-{bid}", "wifi", f"Wi-Fi, bibliotek i {by} (inkl. gæstenet)",
                          quantity=ap, site=by, tags=["bibliotek"], deps=[f"sw-bibliotek-{bid}"],
                          qty_note=f"access points, {n}"))
        if dag[i]:
            ap = max(2, round(dag[i] * vary(mid + bid + "dap", 2, 4)))
            n = flertal(dag[i], "dagtilbud", "dagtilbud")
            add(sec, Komp(f"wifi-dagtilbud-{bid}", "wifi", f"Wi-Fi, dagtilbud i {by}", quantity=ap, site=by,
                          tags=["dagtilbud"],
                          deps=[f"wan-{bid}", {"on": "ad", "kind": "interface", "note": "802.1X"}],
                          qty_note=f"access points, {n}"))

    # --- Platform
    sec = "Serverplatform: katalog, virtualisering, lager, backup"
    plat_dc = [dc_main]
    host_q = 3 + round(s / 12)
    vm_total = round(25 + 2.2 * s)
    lager_q = 1 + round(s / 60)
    ad_q = 2 + int(s // 60)
    vm_deps = [dc_main, "kernenet", "san-prod", "ad",
               {"on": "backup", "for": ["backup"], "note": "kun backup af værterne kræver backupplatformen"},
               {"on": "overvaagning", "for": ["overvaagning"]}]
    if len(dc_ids) > 1:
        vm_deps.insert(1, dc_ids[1])
    add(sec, Komp("ad", "katalog", "Active Directory (domænecontrollere)", quantity=ad_q,
                  deps=["vmware-prod", "dns-dhcp"] if k["dns"] == "appliance" else ["vmware-prod"],
                  comment="AD og virtualisering afhænger af hinanden (cyklus): de flytter samlet",
                  qty_note="domænecontrollere"))
    if k["dns"] != "appliance":
        comps[-1].deps.append({"on": "dns-dhcp", "note": "AD-integreret DNS"})
    if mellem:
        add(sec, Komp("idm", "katalog", "Identitetsstyring (Entra Connect, ADFS, IdM)",
                      quantity=2 if not stor else 3, deps=["ad", "vmware-prod"]))
    add(sec, Komp("vmware-prod", "virtualisering", "VMware-klynge, produktion", quantity=host_q,
                  deps=vm_deps, qty_note="værter"))
    if stor:
        add(sec, Komp("vmware-dmz", "virtualisering", "VMware-klynge, DMZ", quantity=2 + round(s / 100),
                      deps=[dc_main, "kernenet", "san-prod", "fw-perimeter",
                            {"on": "overvaagning", "for": ["overvaagning"]}], tags=["dmz"],
                      qty_note="værter"))
        add(sec, Komp("vdi", "virtualisering", "Citrix-/VDI-værter", quantity=2 + round(s / 20),
                      deps=[dc_main, "kernenet", "san-prod", "ad",
                            {"on": "overvaagning", "for": ["overvaagning"]}], qty_note="værter"))
    if mellem:
        add(sec, Komp("vmware-test", "virtualisering", "VMware-klynge, test og udvikling",
                      quantity=2 + round(s / 40), tags=["test"],
                      deps=[dc_main, "kernenet", "san-prod", "ad",
                            {"on": "overvaagning", "for": ["overvaagning"]}], qty_note="værter"))
    add(sec, Komp("san-prod", "storage", "SAN, produktion" + (" (spejlet mellem rummene)" if len(dc_ids) > 1 else ""),
                  quantity=lager_q, deps=plat_dc + (dc_ids[1:2]) + ["kernenet"], qty_note="lagersystemer"))
    if mellem:
        add(sec, Komp("nas-fil", "storage", "NAS til fildrev", quantity=1 + int(s // 150),
                      deps=[dc_main, "kernenet", "ad"]))
    backup_q = 1 + round(s / 80)
    fys_q = 2 + round(s / 25)
    add(sec, Komp("srv-fysisk", "server-fysisk", "Fysiske servere (backupproxy, licensserver m.m.)",
                  quantity=fys_q, deps=[dc_main, "kernenet"], qty_note="servere"))
    bdeps = ["srv-fysisk", "kernenet", dc_main]
    if len(dc_ids) > 1:
        bdeps.append({"on": dc_ids[1], "note": "kopien står i det sekundære rum"})
    if mid == "norddjurs":
        bdeps.append({"on": "syddjurs/dc-ebeltoft", "for": ["backup"],
                      "note": "kopien ud af huset står i Syddjurs' serverrum"})
    if mid == "samsoe":
        bdeps.append({"on": "odder/dc-odder", "for": ["backup"],
                      "note": "kopien ud af huset står i Odder"})
    b = Komp("backup", "backup", "Backupplatform med uforanderlig kopi", quantity=backup_q, deps=bdeps,
             qty_note="backupsystemer")
    if k.get("backup_transfer"):
        b.pin = "transfer"
        b.reason = ("Kommunalbestyrelsen har besluttet at overdrage backup uanset serviceniveau "
                    "(cybersikkerhed: uforanderlig backup hos IT-serviceorganisationen)")
    add(sec, b)

    # --- Monitoring and databases
    sec = "Overvågning og databaser"
    odeps = ["vmware-prod", {"on": "kernenet", "kind": "interface", "note": "overvåger nettet"}]
    if mellem:
        odeps.insert(1, {"on": "sql-prod", "note": "SCOM gemmer data i SQL"})
    add(sec, Komp("overvaagning", "overvaagning",
                  "Overvågning (SCOM og Zabbix)" if mellem else "Overvågning (PRTG)", deps=odeps,
                  annual_cost=200000 if stor else 80000 if mellem else 40000, book_value=0))
    sql_q = 1 + round(s / 40)
    add(sec, Komp("vm-sql", "server-virtuel", "SQL-servere", quantity=2 * sql_q,
                  deps=["vmware-prod", {"on": "backup", "for": ["backup"]},
                        {"on": "overvaagning", "for": ["overvaagning"]}], qty_note="VM'er"))
    add(sec, Komp("sql-prod", "database", "SQL Server, produktion", quantity=sql_q, deps=["vm-sql"],
                  qty_note="instanser"))
    if stor:
        add(sec, Komp("sql-test", "database", "SQL Server, test og udvikling", quantity=max(1, sql_q // 2),
                      deps=["vm-sql"], tags=["test"], qty_note="instanser"))

    # --- Virtual servers
    sec = "Virtuelle servere"
    apps = k["fagsystemer"]
    app_w = [FAGSYSTEMER[a][1] for a in apps]
    vm_app_total = round(vm_total * 0.55)
    vm_infra = vm_total - vm_app_total - 2 * sql_q
    vm_fil = max(1, round(vm_infra * 0.15))
    vm_infra -= vm_fil
    vstd = ["vmware-prod", {"on": "backup", "for": ["backup"]}, {"on": "overvaagning", "for": ["overvaagning"]}]
    add(sec, Komp("vm-infra", "server-virtuel", "Infrastrukturservere (print, PKI, WSUS, licens m.m.)",
                  quantity=vm_infra, deps=vstd + ["ad"], qty_note="VM'er"))
    add(sec, Komp("vm-fil", "server-virtuel", "Filservere", quantity=vm_fil,
                  deps=vstd + ["ad"] + (["nas-fil"] if mellem else []), qty_note="VM'er"))
    app_vms = largest_remainder(vm_app_total, app_w)
    for a, n in zip(apps, app_vms):
        name = FAGSYSTEMER[a][0].format(esdh=ESDH[mid])
        add(sec, Komp(f"vm-{a}", "server-virtuel", f"Servere til {name}", quantity=max(1, n),
                      deps=vstd, qty_note="VM'er"))

    # --- Applications (stay)
    sec = "Fagsystemer (bliver i kommunen)"
    for a in apps:
        name, _, sql, note = FAGSYSTEMER[a]
        name = name.format(esdh=ESDH[mid])
        deps = [f"vm-{a}"] + (["sql-prod"] if sql else [])
        env = 3 if stor and a in ("esdh", "gis", "integration", "bi") else 2 if s >= 20 else 1
        annual = rund(vary(mid + a + "lic", 0.6, 1.4) * (40000 + 2500 * s) * (2.5 if a == "esdh" else 1), 1000)
        if a == "tandpleje":
            add(sec, Komp("srv-roentgen", "server-fysisk", "Røntgenserver i tandplejen", quantity=1,
                     deps=["kernenet"], pin="retain",
                     reason="Røntgenserveren er en del af CE-mærket medicinsk udstyr og serviceres af leverandøren",
                     annual_cost=0, book_value=rund(60000 * vary(mid + "roentgen", 0.3, 0.6), 1000)))
            deps.append("srv-roentgen")
        add(sec, Komp(f"app-{a}", "fagsystem", name, quantity=env, deps=deps, pin="retain",
                      reason=f"Fagsystem ({note}); kun platformen under det overdrages",
                      annual_cost=annual, book_value=0, qty_note="miljøer"))

    # --- OT
    sec = "OT og bygningsdrift (bliver i kommunen)"
    add(sec, Komp("fw-ot", "firewall", "OT-firewall mellem administrativt net og OT-net", quantity=2,
                  tags=["ot"], deps=[{"on": "kernenet", "kind": "interface"}], pin="retain",
                  reason="OT-nettet og dets firewall drives af ejendoms- og teknikområdet med egne leverandører",
                  annual_cost=30000, book_value=rund(150000 * vary(mid + "fwot", 0.3, 0.6), 1000)))
    for o_id in k["ot"]:
        name, reason = OT[o_id]
        q = 1
        if o_id in ("cts", "adgangskontrol"):
            q = max(1, round(s / 30))
        add(sec, Komp(f"ot-{o_id}", "ot-anlaeg", name, quantity=q, tags=["ot"], deps=["fw-ot"],
                      pin="retain", reason=reason,
                      annual_cost=rund(vary(mid + o_id, 40000, 120000) * q, 1000), book_value=0,
                      qty_note="anlæg" if q > 1 else None))
    return dict(comps=comps, sections=sections, S=S, P=P, D=D, L=L)


def candidate_levels(mid):
    s = DIMENSIONERING[mid][1] / 1000.0
    return ["basis", "standard"] if s >= 80 else ["basis", "standard", "plus"]


def write_kommune(k, befolkning, aar, kilde):
    mid = k["id"]
    code, dim_pop = DIMENSIONERING[mid]
    pop = befolkning.get(code, dim_pop)
    b = build(k)
    o = Out()
    s = dim_pop / 1000.0
    lines = [f"Dimensioneret efter {kr(dim_pop)} indbyggere (2013): {flertal(b['S'], 'skole', 'skoler')}, "
             f"{flertal(b['P'], 'plejecenter', 'plejecentre')},",
             f"{flertal(b['D'], 'dagtilbud', 'dagtilbud')} og {flertal(b['L'], 'bibliotek', 'biblioteker')} "
             f"fordelt på {len(k['byer'])} byer og bydele, plus administrative",
             "lokationer, serverplatform, fagsystemer og OT. Antal er skøn, se README.md.",
             f"Indbyggertallet (population) er fra 1. januar {aar}; README.md fortæller,",
             "hvordan det opdateres."]
    if mid == "lemvig":
        lines += ["", "Lemvigs serverplatform står i det fælles datacenter i Struer (struer/dc-struer)."]
    if mid == "struer":
        lines += ["", "Serverrummet på Struer Rådhus er fælles med Lemvig Kommune."]
    if mid == "norddjurs":
        lines += ["", "Internetudgangen går over Djurs-fibernettet (syddjurs/wan-djurs), og backupkopien",
                  "ud af huset står i Syddjurs' serverrum (syddjurs/dc-ebeltoft)."]
    if mid == "syddjurs":
        lines += ["", "Djurs-fibernettet (wan-djurs) og serverrummet i Ebeltoft bruges også af Norddjurs."]
    if mid == "samsoe":
        lines += ["", "Forbindelsen til fastlandet ender i Odders kernenet (odder/kernenet), og",
                  "backupkopien ud af huset står i Odder (odder/dc-odder)."]
    if mid == "odder":
        lines += ["", "Samsøs forbindelse til fastlandet ender i Odders kernenet, og Samsøs",
                  "backupkopi står i Odders serverrum."]
    header(o, f"{k['name']} (kommunekode {code})", lines)
    o("municipalities:")
    o(f"  - id: {mid}")
    o(f"    name: {ys(k['name'])}")
    o(f"    code: {code}")
    o.kv(4, "population", pop, f"1. januar {aar}, {kilde}")
    if "hourly_cost" in k:
        o.kv(4, "hourly_cost", rng(*k["hourly_cost"]), "egen timepris; afviger fra regionens 620 kr.")
    o(f"    candidate_levels: {flow(candidate_levels(mid))}")
    o("    components:")
    for title, cs in b["sections"]:
        o()
        o(f"      # --- {title} ---")
        for c in cs:
            if c.comment:
                for line in textwrap.wrap(c.comment[0].upper() + c.comment[1:], 72):
                    o(f"      # {line}")
            o(f"      - id: {c.id}")
            o(f"        type: {c.type}")
            o(f"        name: {ys(c.name)}")
            if c.quantity != 1 or c.qty_note:
                o.kv(8, "quantity", c.quantity, c.qty_note)
            if c.site:
                o(f"        site: {ys(c.site)}")
            if c.tags:
                o(f"        tags: {flow(c.tags)}")
            if c.annual_cost:
                o(f"        annual_cost: {c.annual_cost}")
            if c.book_value:
                o(f"        book_value: {c.book_value}")
            if c.pin:
                o(f"        pin: {c.pin}")
                o(f"        reason: {ys(c.reason)}")
            if c.deps:
                simple = all(isinstance(d, str) for d in c.deps)
                if simple and len(", ".join(c.deps)) < 70:
                    o(f"        depends_on: {flow(c.deps)}")
                else:
                    o("        depends_on:")
                    for d in c.deps:
                        if isinstance(d, str):
                            o(f"          - {d}")
                        else:
                            parts = [f"on: {d['on']}"]
                            if "kind" in d:
                                parts.append(f"kind: {d['kind']}")
                            if "for" in d:
                                parts.append(f"for: {flow(d['for'])}")
                            line = "          - " + (f"{{ {', '.join(parts)} }}" if len(parts) > 1 else d["on"])
                            if d.get("note"):
                                line += f"   # {d['note']}"
                            o(line)
    return o.text(), b


def write_scenarier(kapacitet):
    o = Out()
    header(o, "Scenarier, som transitionsledelsen kan sammenligne.",
           ["Fælles omkostninger efter principbeslutningen om IT-serviceorganisationen",
            "(sagsfremstilling til Norddjurs Økonomiudvalg 10.03.2026, sag 26/1254):",
            "transitionsøkonomi 2026 på 5,2 mio. kr. og driftsøkonomi for",
            "organisationsetablering 2027 på 4,6 mio. kr. 2026 betales af alle 19 kommuner",
            "(de deltager alle i transitionsorganisationen); 2027 af dem, der træder ind.",
            "",
            "Sammenlign fx:",
            "  opgavesnit compare models/midtjylland --scenario alle-basis --scenario alle-standard"])
    store = [m for m in DIMENSIONERING if DIMENSIONERING[m][1] >= 80000]
    smaa = [m for m in DIMENSIONERING if DIMENSIONERING[m][1] < 22000]
    o("scenarios:")
    # 1
    o("  # Alle kommuner på Basis: kun net og datacenter flytter.")
    o("  - id: alle-basis")
    o("    name: Alle på Basis")
    o("    default_level: basis")
    o("    common_costs: &faelles-befolkning")
    o("      - id: transition-2026")
    o("        name: Transitionsøkonomi 2026")
    o("        amount: 5200000")
    o("        key: population")
    o("        among: all")
    o("        year: 2026")
    o("      - id: etablering-2027")
    o("        name: Driftsøkonomi for organisationsetablering 2027")
    o("        amount: 4600000")
    o("        key: population")
    o("        among: participating")
    o("        year: 2027")
    o()
    o("  # Alle kommuner på Standard: net, datacenter og serverplatform i arbejdstiden.")
    o("  - id: alle-standard")
    o("    name: Alle på Standard")
    o("    default_level: standard")
    o("    common_costs: *faelles-befolkning")
    o("    # Ejerandele efter indbyggertal: kapitalindskuddet fordeles efter")
    o("    # indbyggertal, og aktiverne overdrages ikke som apportindskud (de")
    o("    # deltagende kommuner sælger eller udlejer dem i stedet).")
    o("    ownership:")
    o.kv(6, "capital", KAPITAL, "kapitalindskud, en del af etableringsøkonomien 2027")
    o("      key: population")
    o("      in_kind: false")
    o()
    o("  # Differentieret: de seks største (over 80.000 indbyggere) har egne driftsmiljøer")
    o("  # og tager Basis; de fire mindste tager Plus med vagt; resten Standard.")
    o("  - id: differentieret")
    o("    name: Differentieret serviceniveau")
    o("    default_level: standard")
    o("    levels:")
    for m in store:
        o(f"      {m}: basis")
    for m in smaa:
        o(f"      {m}: plus")
    o("    common_costs: *faelles-befolkning")
    o()
    o("  # Syddjurs står uden for. Norddjurs' internetudgang går over Djurs-fibernettet")
    o("  # og backupkopien står hos Syddjurs, så de opgaver kan ikke overdrages: med")
    o("  # `drop` falder de fra (planen viser hvilke), i stedet for at planen er inkonsistent.")
    o("  - id: uden-syddjurs")
    o("    name: Alle på Standard, Syddjurs deltager ikke")
    o("    default_level: standard")
    o("    levels:")
    o("      syddjurs: none")
    o("    conflicts: drop")
    o("    common_costs: *faelles-befolkning")
    o()
    o("  # Overdragelsen i bølger over 2027: grundlaget (datacenter, kernenet) først.")
    o(f"  # Kapaciteten er de årlige driftstimer, organisationen kan tage ind pr. kvartal")
    o(f"  # (ca. {round(kapacitet / 1628)} årsværk).")
    o("  - id: boelger-2027")
    o("    name: Alle på Standard, overdraget i kvartaler i 2027")
    o("    default_level: standard")
    o("    waves:")
    o("      periods: [2027-Q1, 2027-Q2, 2027-Q3, 2027-Q4]")
    o(f"      capacity_hours: {kapacitet}")
    o("    common_costs: *faelles-befolkning")
    o("    # Ejerandele efter indbyggertal med apportindskud: de overdragne aktivers")
    o("    # bogførte værdi tæller med, så den, der bringer mest udstyr med, ejer mere.")
    o("    ownership:")
    o.kv(6, "capital", KAPITAL, "kapitalindskud, en del af etableringsøkonomien 2027")
    o("      key: population")
    o("      in_kind: true")
    o()
    o("  # Samme niveau som alle-standard, men begge fælles omkostninger fordelt med en")
    o("  # blandet nøgle: 80 % efter indbyggertal og 20 % ligeligt, så de små kommuner")
    o("  # bærer lidt mere af grundudgiften til at etablere organisationen.")
    o("  - id: blandet-noegle")
    o("    name: Alle på Standard, fælles omkostninger efter blandet nøgle")
    o("    default_level: standard")
    o("    common_costs:")
    o("      - id: transition-2026")
    o("        name: Transitionsøkonomi 2026")
    o("        amount: 5200000")
    o("        key: { population: 0.8, equal: 0.2 }")
    o("        year: 2026")
    o("      - id: etablering-2027")
    o("        name: Driftsøkonomi for organisationsetablering 2027")
    o("        amount: 4600000")
    o("        key: { population: 0.8, equal: 0.2 }")
    o("        among: participating")
    o("        year: 2027")
    o("    # Lige store ejerandele i kontanter, plus aktiverne som apportindskud.")
    o("    ownership:")
    o.kv(6, "capital", KAPITAL, "kapitalindskud, en del af etableringsøkonomien 2027")
    o("      key: equal")
    o("      in_kind: true")
    return o.text()


def read_befolkning(path):
    aar, rows = None, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "code":
                m = re.match(r"population_(\d{4})", cols[2])
                aar = int(m.group(1)) if m else None
                continue
            rows[int(cols[0])] = int(cols[2])
    if aar is None:
        sys.exit(f"{path}: expected a header 'code<TAB>name<TAB>population_YYYY'")
    missing = [m for m, (c, _) in DIMENSIONERING.items() if c not in rows]
    if missing:
        sys.exit(f"{path}: no population for {', '.join(missing)}")
    return aar, rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--out", default=os.path.join(root, "models", "midtjylland"))
    ap.add_argument("--befolkning", help="TSV with code, name, population_YYYY")
    ap.add_argument("--capacity", type=int, default=None,
                    help="capacity_hours of boelger-2027 (default %d)" % KAPACITET)
    args = ap.parse_args()
    aar, kilde, befolkning = BEFOLKNING_AAR, BEFOLKNING_KILDE, {c: p for c, p in DIMENSIONERING.values()}
    if args.befolkning:
        aar, befolkning = read_befolkning(args.befolkning)
        kilde = "Danmarks Statistik (FOLK1A)"
    files = {
        "region.yaml": write_region(),
        "opgaver.yaml": write_opgaver(),
        "komponenttyper.yaml": write_typer(),
        "serviceniveauer.yaml": write_niveauer(),
        "organisation.yaml": write_organisation(),
    }
    for k in sorted(KOMMUNER, key=lambda x: x["id"]):
        text, _ = write_kommune(k, befolkning, aar, kilde)
        files[os.path.join("kommuner", k["id"] + ".yaml")] = text
    files["scenarier.yaml"] = write_scenarier(args.capacity or KAPACITET)
    os.makedirs(os.path.join(args.out, "kommuner"), exist_ok=True)
    for name in sorted(files):
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(files[name])
    print(f"wrote {len(files)} files to {args.out}")


# Transferred hours the organisation can take on per quarter in boelger-2027.
KAPACITET = 70000
# Cash share capital (kapitalindskud) in the scenarios with ownership.
KAPITAL = 2000000

if __name__ == "__main__":
    main()
