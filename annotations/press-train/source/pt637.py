# pt637 — infos-dijon.com, Forum Lady'j Tech in Dijon (2023)
BODY_START = "04/04/2023 13:22"     # search box, contact lines and breadcrumb above are chrome
BODY_END = None
MD = "Métropole de Dijon"

RECORDS = [
    P("Marie-Hélène Juillard-Randrian", [("Marie-Hélène Juillard-Randrian", 1), ("Marie-Hélène Juillard-Randrian", 2)],
      roles=[("élues", None),
             ("Juillard-Randrian (Modem), [vice-présidente]", MD)]),  # "vice-présidente de Dijon Métropole déléguée aux PME ...": not contiguous; "(Modem)": a party label, no role
    P("Laëtitia Martinez", ["Laëtitia Martinez"], roles=[("élues", None)]),
    P("Danielle Juban", ["Danielle Juban"], roles=[("étiquette), [vice-présidente]", MD)]),

    O("Région Bourgogne-Franche-Comté", "public_body", ["Région Bourgogne-Franche-Comté"]),
    O(MD, "public_body", [MD, ("Dijon Métropole", 1), ("Dijon Métropole", 2), ("Dijon Métropole", 3)],
      aliases=["Dijon Métropole"]),
    O("Chambre de métiers et de l'artisanat Bourgogne-Franche-Comté", "public_body",
      ["Chambre de métiers et de l'artisanat Bourgogne-Franche-Comté"]),
    O("CPME 21", "association", ["CPME 21"]),
    O("MEDEF 21", "association", ["MEDEF 21"]),
    O("université de Bourgogne", "education_research", ["université de Bourgogne"]),
    O("réseau Entreprendre", "association", ["réseau Entreprendre"]),
    O("Modem", "other", ["Modem"]),

    L("Bourgogne-Franche-Comté", ["innovantes de [Bourgogne-Franche-Comté]"]),
    L("Dijon", ["dernier, à [Dijon]", "Innovation, à [Dijon]"]),
    L("Maison régionale de l'Innovation", ["Maison régionale de l'Innovation"]),

    D("04/04/2023", "2023-04-04"),           # publication stamp
    D("30 mars dernier", None, relative=True),
    D("jeudi 30 mars 2023", "2023-03-30"),
]

UNANNOTATED = []
