"""The facts and assumptions behind the bundled model: population, tasks,
component types and their hours, uncertain estimates, prices, the
organisation, service levels, the municipalities with their towns, shared
components and pins, applications and OT systems. Plain tables, no code
beyond a lookup."""


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


# Transferred hours the organisation can take on per quarter in boelger-2027.
KAPACITET = 70000
# Cash share capital (kapitalindskud) in the scenarios with ownership.
KAPITAL = 2000000
