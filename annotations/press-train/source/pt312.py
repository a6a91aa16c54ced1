# pt312 — toulouse.latribune.fr, Occitanie, French Tech Toulouse fundraising barometer (Q3 2023)
BODY_START = None
BODY_END = None
# The two "Lire aussi…" lines are related links inside the body: names only, no facts.

RECORDS = [
    P("Benjamin Lillo", ["Benjamin Lillo"],
      roles=[("[directeur d'investissement] à IRDI", "IRDI capital Investissement")]),  # slip §11: "partenaire de" is partnering, no role

    O("French Tech Toulouse", "association", [("French Tech Toulouse", 1), ("French Tech Toulouse", 2)]),
    O("Aviwell", "company", [("Aviwell", 1), ("Aviwell", 2)]),
    O("Donecle", "company", ["Donecle"]),
    O("Abelio", "company", ["Abelio"]),
    O("Reev", "company", ["Reev"]),
    O("MerciYanis", "company", ["MerciYanis"]),
    O("Skyted", "company", ["Skyted"]),
    O("Insiteo", "company", ["Insiteo"]),
    O("Bonx", "company", ["Bonx"]),
    O("Hoope", "company", ["Hoope"]),
    O("IRDI capital Investissement", "other", ["IRDI capital Investissement"]),  # §16 kind (was company)
    O("Hycco", "company", ["Hycco"]),

    A("27 millions d'euros", 27000000),
    A("neuf millions d'euros", 9000000, to="Aviwell"),
    A("5,6 millions d'euros", 5600000, to="Donecle"),
    A("quatre millions d'euros", 4000000, to="Abelio"),
    A("3 millions", 3000000, to="Reev"),
    A("2,7 millions", 2700000, to="MerciYanis"),
    A("1 million", 1000000, to="Skyted"),
    A("740.000 euros", 740000, to="Insiteo"),
    A("500.000 euros", 500000, to="Bonx"),
    A(("500.000 euros", 2), 500000, to="Hoope"),
    A("huit millions d'euros", 8000000),   # sought by Hycco, not raised: no link

    D("troisième trimestre 2023", "2023-Q3"),
    D("ce 3ème trimestre", None, relative=True),
]

UNANNOTATED = []
