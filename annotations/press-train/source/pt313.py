# pt313 — ladepeche.fr, Occitanie, launch of the Irdinov seed fund (2012)
BODY_START = None
BODY_END = None
# "Publié le" (no date written) and the bullet are page furniture.

RECORDS = [
    P("Xavier de Fenoyl", ["Xavier de Fenoyl"]),     # photo credit
    P("Gilles-R. Souillés", ["Gilles-R. Souillés"]),  # byline
    P("Jean-Michel Petit", ["Jean-Michel Petit"],
      roles=[("le [directeur général] du fonds", "Irdinov")]),

    O("DDM", "media", ["DDM"]),   # credit agency
    O("Irdinov", "other", [("Irdinov", 1), ("Irdinov", 2)]),  # §16 kind (was company)

    L("Toulouse", [("Toulouse", 1), ("Toulouse", 2), ("Toulouse", 3)]),
    L("Union soviétique", ["Union soviétique"]),
    L("Midi-Pyrénées", ["Midi-Pyrénées"]),
    L("Aquitaine", ["Aquitaine"]),
    L("Limousin", ["Limousin"]),

    # fund sizes and envelopes ("doté de"): no funding link
    A("[25 millions] pour entreprendre", 25000000),   # title; currency from the passage
    A("25 millions d'euros", 25000000),
    A(("25 millions d'euros", 2), 25000000),
    A(("25 millions d'euros", 3), 25000000),
    A("25,2 millions d'euros", 25200000),
    A("portés à [35 millions]", 35000000),
    A("500 000 euros", 500000, qualifier="over"),   # "au minimum de"

    D("fin 2 013", "2013", mod="END"),
]

UNANNOTATED = []
