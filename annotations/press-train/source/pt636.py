# pt636 — toulemploi.fr, interview of a co-founder of Izidore (2021)
BODY_START = "Selon l’étude"      # " date 2021-03 " is the store's prefix
BODY_END = None

RECORDS = [
    P("Manon Le Padellec", ["Manon Le Padellec", "[Manon] et moi-même"],
      roles=[("associée", "Izidore")]),     # "Vous avez lancé, avec votre associée Manon Le Padellec, Izidore"

    O("Global Contact", "company", ["Global Contact"]),
    O("Izidore", "company", [("Izidore", 1), ("Izidore", 2)]),

    A("30.000 euros", 30000, to="Izidore"),       # prize won (media space)
    A("400.000 euros", 400000, to="Izidore"),     # "Izidore a levé"

    D("GenderScan [2019]", "2019"),
    D("Izidore en [2018]", "2018"),
    D("lauréates en [2019]", "2019"),
    D("euros en [2019]", "2019"),
]

UNANNOTATED = []
