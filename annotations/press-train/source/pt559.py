BODY_START = None
BODY_END = None
# France 2030 / « France 30 »: programmes; "l'État", "le Pays": generic. "600 millions de" is cut
# before its currency: no amount.

RECORDS = [
    P("Étienne de la Fouchardière", ["Étienne de la Fouchardière"],
      roles=[("le [secrétaire général adjoint] du Haut-commissariat", None)]),  # §16: "le Haut-commissariat" has no proper part

    O("BPI France", "public_body", [("BPI France", 1), ("BPI France", 2)]),
    O("Banque des territoires", "public_body", [("Banque des territoires", 1), ("Banque des territoires", 2)]),
    O("Ademe", "public_body", ["Ademe"]),

    L("Polynésie française", ["Polynésie française"]),
    L("hôtel Hilton de Faa’a", ["hôtel Hilton de Faa’a"]),
    L("Polynésie", ["déploie en [Polynésie]", "lauréats de [Polynésie]"]),

    A("400 millions de francs", 400000000, currency="XPF"),
    A("54 milliards d’euros", 54000000000),
    A("6 444 milliards de Fcfp", 6444000000000, currency="XPF"),
    A("400 millions de Fcfp", 400000000, currency="XPF"),

    D("lundi 2 décembre", "XXXX-12-02"),
    D("l’année [2024]", "2024"),
    D("3e trimestre", "XXXX-Q3"),
    D("la [semaine dernière]", None, relative=True),
    D("d’ici [2030]", "2030"),
]

UNANNOTATED = []
