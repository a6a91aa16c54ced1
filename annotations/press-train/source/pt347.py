# pt347 — usine-digitale.fr, Occitanie, "Montpellier Capital Risque" moved to Paris (2020)
BODY_START = "À Montpellier, l’accent"   # newsletter banner and "x" before the title
BODY_END = None
# "Twitter Facebook Linkedin Flipboard Email ×": share buttons (chrome). "© D.R.": no person.
# "Montpellier Capital Risque", "France Digitale Day": events.

RECORDS = [
    O("Montpellier Méditerranée Métropole", "public_body",
      [("Montpellier Méditerranée Métropole", 1), ("Montpellier Méditerranée Métropole", 2)]),
    O("BIC de Montpellier", "other", [("BIC de Montpellier", 1), ("BIC de Montpellier", 2)]),
    O("Bpifrance", "public_body", [("Bpifrance", 1), ("Bpifrance", 2)]),
    O("Ioterop", "company", ["Ioterop"]),
    O("La Valériane", "company", ["La Valériane"]),
    O("Evolt", "company", ["Evolt"]),
    O("Koovea", "company", ["Koovea"]),
    O("MyCarSpot", "company", ["MyCarSpot"]),
    O("NauticSpot", "company", ["NauticSpot"]),
    O("Nout", "company", ["Nout"]),
    O("Sportihome.com", "company", ["Sportihome.com"]),
    O("Melies", "other", ["Melies"]),
    O("Irdi-Soridec", "other", ["Irdi-Soridec"]),  # §16 kind (was company)
    O("Sofilaro", "other", ["Sofilaro"]),  # §16 kind (was company)
    O("WeSprint", "other", ["WeSprint"]),
    O("Région Occitanie", "public_body", ["Région Occitanie"]),
    O("AD’OCC", "public_body", ["AD’OCC"]),
    O("Digital 113", "association", ["Digital 113"]),
    O("CCI de l’Hérault", "public_body", ["CCI de l’Hérault"]),

    L("Montpellier", ["À [Montpellier], l’accent", ("À [Montpellier], l’accent", 2), ("À [Montpellier], l’accent", 3),
                      "difficile à [Montpellier]"]),
    L("Paris", [("Paris", 1), ("Paris", 2)]),
    L("Cap Oméga", ["Cap Oméga"]),
    L("musée des Arts Forains", ["musée des Arts Forains"]),

    D("14 et 15 septembre", "XXXX-09-14", value_end="XXXX-09-15"),
    D("le [14 septembre]", "XXXX-09-14"),
    D("le [15 septembre]", "XXXX-09-15"),
    D("mai 2019", "2019-05"),
]

UNANNOTATED = [("Montpellier", 5, "inside the event name « Montpellier Capital Risque »")]
