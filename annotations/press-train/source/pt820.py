# pt820 — alliancy.fr, medtech accelerator MD Start raises 10 M€ to launch MD Start II
BODY_START = None
BODY_END = None
MD = "MD Start"
FTA = "French Tech Accélération"
INV = [FTA, "Sofinnova Partners", "Medtronic", "LivaNova"]

RECORDS = [
    P("Gérard Hascoët", ["Gérard Hascoët"], roles=[("Fondée", MD, "fondateur")]),   # "cette structure", fondée par
    P("Tim Lenihan", ["Tim Lenihan"], roles=[("Fondée", MD, "fondateur")]),
    P("Anne Osdoit", ["Anne Osdoit"], roles=[("partner", MD)]),

    O(MD, "other", [(MD, 1), (MD, 3), (MD, 6)]),
    O(FTA, "other", [FTA]),                   # the fund that invests
    O("Bpifrance", "public_body", ["Bpifrance"]),
    O("Sofinnova Partners", "other", ["Sofinnova Partners"]),
    O("Medtronic", "company", ["Medtronic"]),
    O("LivaNova", "company", ["LivaNova"]),
    O("MD Start I", "other", ["MD Start I"]),  # the first accelerator, which developed 14 projects
    O("CorWave", "company", ["CorWave"]),
    O("Medtech", "company", ["montpelliéraine [Medtech]"]),

    L("Europe", ["Europe"]),
    L("France", ["France"]),

    A("10 millions d’euros", 10000000, to=MD, by=INV),
    D("Fondée en [2009]", "2009"),
    D("Lancé en [2010]", "2010"),
    D("créée en [2011]", "2011"),
    D("début 2014", "2014", mod="START"),
    A("deux millions d’euros", 2000000),        # each future company of the planned MD Start II
    D("juillet dernier", None, relative=True),
]

UNANNOTATED = [
    ("MD Start", 2, "inside 'MD Start II', a planned accelerator (§16: a project)"),
    ("MD Start", 5, "inside 'MD Start II', a planned accelerator (§16: a project)"),
    ("Medtech", 1, "the sector ('dans la Medtech'), not the company"),
    ("Medtech", 2, "the sector ('de la Medtech'), not the company"),
]
