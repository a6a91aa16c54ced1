# pt634 — toulouse.latribune.fr, French Tech Toulouse and the Corsican Tech (2015)
BODY_END = None

RECORDS = [
    P("Jean Leccia", [("Jean Leccia", 1), ("Jean Leccia", 2)],
      roles=[("Leccia, [directeur] de", "Émaho")]),
    P("Willy Lafran", ["Willy Lafran"], roles=[("dirigeant", "Datarmine")]),

    O("French Tech Toulouse", "other", [("French Tech Toulouse", i) for i in range(1, 4)]),
    O("Corsican Tech", "other", [("Corsican Tech", i) for i in range(1, 6)]),
    O("Émaho", "association", ["Émaho"]),
    O("Oscaro", "company", ["Oscaro"]),
    O("Qwant", "company", [("Qwant", 1), ("Qwant", 2)]),
    O("Imusic-school.com", "company", ["Imusic-school.com"]),
    O("Masalledebain.com", "company", ["Masalledebain.com"]),
    O("Datarmine", "company", [("Datarmine", 1), ("Datarmine", 2)]),

    L("Bastia", [("Bastia", 1), ("Bastia", 3), ("Bastia", 5), ("Bastia", 6)]),
    L("Toulouse", [("Toulouse", i) for i in (3, 4, 5, 6, 7)]),
    L("Ville rose", ["Ville rose"]),
    L("Île de beauté", [("Île de beauté", 1), ("Île de beauté", 2)]),
    L("Corse", ["La [Corse] est"]),

    D(("12 au 15 octobre prochains", 1), None, relative=True),
    D(("12 au 15 octobre prochains", 2), None, relative=True),
    D("début d'année", None, mod="START", relative=True),
    D("avril-mai", "XXXX-04", value_end="XXXX-05"),
    D("juin dernier", None, relative=True),
    D("12 au 23 octobre", "XXXX-10-12", value_end="XXXX-10-23"),
]

UNANNOTATED = [
    ("Bastia", 2, "inside the event name Bastia Ville Digitale"),
    ("Bastia", 4, "inside the event name Bastia Ville Digitale"),
    ("Bastia", 7, "inside the event name Bastia Ville Digitale"),
    ("Bastia", 8, "inside the event name Bastia Ville Digitale"),
]
