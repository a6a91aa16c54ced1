# pt841 — la1ere.francetvinfo.fr (Saint-Pierre-et-Miquelon), European development fund grants to local businesses (2021)
BODY_START = "Ces dernières années,"     # " date 2021-07 ": store prefix
BODY_END = None

RECORDS = [
    P("Rudy L'Espagnol", ["Rudy L'Espagnol"],
      roles=[("responsable du développement économique", "Archipel Développement")]),
    P("Marc Menant", ["Marc Menant"], roles=[("boulanger", None)]),     # the bakery is not named
    P("Andréa Hélène", ["Andréa Hélène"], roles=[("la [gérante], a dû", None)]),   # the hotel is not named

    O("Archipel Développement", "public_body", ["Archipel Développement"]),   # the territory's development agency (§16)

    L("Saint-Pierre", [("Saint-Pierre", 1), ("Saint-Pierre", 2)]),
    L("Miquelon", ["Miquelon"]),
    L("quartier des Graves", ["quartier des Graves"]),

    D("2015-2020", "2015", value_end="2020"),
    A("26 millions d'euros", 26000000),       # the FED envelope to the (unnamed) collectivité: a programme, no record
    A("175 000 euros", 175000),
]

# "FED" / "le fonds européen de développement": a public funding programme (§16); "la collectivité territoriale":
# generic; "Doro": cut by the excerpt's end.
UNANNOTATED = []
