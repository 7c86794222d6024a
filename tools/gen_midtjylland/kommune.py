"""One municipality's file (kommuner/ID.yaml): its components scaled from
its size, with sites, dependencies, pins, costs and book values."""
import textwrap

from .data import DIMENSIONERING, ESDH, FAGSYSTEMER, OT, PRIS
from .yamlout import (
    Out, flertal, flow, header, kr, largest_remainder, rng, rund, translit, vary, ys)


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
