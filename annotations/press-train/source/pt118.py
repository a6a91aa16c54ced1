# lyonecoetculture 2023: French Tech Saint-Etienne Lyon labelled Capitale, interview of its co-president.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Jean-Noël Barrot", ["Jean-Noël Barrot"]),
    P("Emilie Legoff", [("Emilie Legoff", 1), "[Emilie] explique", ("Emilie Legoff", 2)],
      roles=[("la [présidente] Emilie", "French Tech Saint-Etienne Lyon"),
             ("co-présidente", "French Tech Saint-Etienne Lyon"),
             ("CEO", None)]),  # of an unnamed start-up

    O("French Tech Saint-Etienne Lyon", "other",
      ["LaFrench Tech Saint-Etienne Lyon", "French tech Saint-Etienne Lyon"]),  # "La" glued in the page
    O("Bercy", "public_body", ["Bercy"]),

    D("jeudi 2 février", "XXXX-02-02"),
]
UNANNOTATED = []
