BODY_START = None
BODY_END = "Quitter la version mobile"

B = "Banque publique d’investissement"
RECORDS = [
    P("Ségolène Royal", ["Ségolène Royal", "Mme Royal"],
      roles=[(None, "Poitou-Charentes"),                         # "Ségolène Royal (région Poitou-Charentes)"
             ("devenue [vice-présidente] de ce conseil", B)]),  # the BPI's board: internal unit
    P("Jean-Paul Huchon", ["Jean-Paul Huchon"], roles=[(None, "Ile-de-France")]),
    P("Alain Rousset", ["Alain Rousset"],
      roles=[("[président du Comité national d'orientation] de la banque", B),
             (None, "Aquitaine")]),

    O(B, "public_body", ["de la [BPI]\n", "[Banque publique d’investissement] (BPI)", "Banque publique d’investissement ([BPI])",
                         ("BPI", 3), ("BPI", 4)], aliases=["BPI"]),
    O("Association des régions de France", "association",
      ["[Association des régions de France] (ARF)", "Association des régions de France ([ARF])", ("ARF", 2), ("ARF", 3)], aliases=["ARF"]),
    # the regions in parentheses stand for the regional councils their presidents represent
    O("Poitou-Charentes", "public_body", ["Poitou-Charentes"]),
    O("Ile-de-France", "public_body", ["Ile-de-France"]),
    O("Aquitaine", "public_body", ["Aquitaine"]),
    O("AFP", "media", ["AFP"]),

    L("Dijon", [("Dijon", 1), ("Dijon", 2)]),

    D("jeudi 21 février 2013", "2013-02-21"),
    D("mois de [novembre]", "XXXX-11"),
]

UNANNOTATED = []
