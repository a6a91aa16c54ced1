# pt640 — gazettebourgogne.fr, LadyjTech forum on women founders (Dijon)
BODY_END = None

RECORDS = [
    P("Nadège Hubert", [("Nadège Hubert", 1), ("Nadège Hubert", 2)]),      # photo credit (twice: repeated caption)
    P("Pierre-Alain Truan", ["Pierre-Alain Truan"],
      roles=[("responsable création et entrepreneuriat", "BPI France")]),
    P("Jeanne Baudevin", ["Jeanne Baudevin"], roles=[("cofondatrice", "Fungu’It")]),

    O("Dijon Métropole", "public_body", [("Dijon Métropole", 1), ("Dijon Métropole", 2)]),
    O("Aletheia Press", "media", [("Aletheia Press", 1), ("Aletheia Press", 2)]),
    O("BPI France", "public_body", ["BPI France"]),
    O("Fungu’It", "company", ["Fungu’It"]),

    L("maison de l’innovation", ["maison de l’innovation"]),
]

UNANNOTATED = []
