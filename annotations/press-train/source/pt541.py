BODY_START = None
BODY_END = None
# "la Chambre de commerce", "la Chambre d'agriculture", "le Centre Universitaire", "la Chambre des
# métiers", "la CCI", "le conseil départemental" (no place in the phrase): generic, no records.
# "0" / "344" under the title are page counters (chrome, nothing to annotate).

AD = "Agence de Développement et d’Innovation de Mayotte"
RECORDS = [
    P("Ben Issa Ousseni", [("Ben Issa Ousseni", 1), ("Ben Issa Ousseni", 2), ("Ben Issa Ousseni", 3),
                           ("Ben Issa Ousseni", 4), ("Ben Issa Ousseni", 5)],
      roles=[("comme [président] Ben Issa", AD),
             ("le [conseiller départemental en charge du budget du département]", None)]),
    P("Saïd Bastoi", [("Saïd Bastoi", 1), ("Saïd Bastoi", 2), ("Saïd Bastoi", 3)],
      roles=[("comme [vice-président] Saïd", AD),
             ("Bastoi, [pt] de la CGPME", "CGPME", "président")]),   # "pt": abbreviation of président
    P("de Gaulle", ["de Gaulle"]),

    O(AD, "public_body", [("ADIM", 1), ("ADIM", 2),
                          "[Agence de Développement et d’Innovation de Mayotte] (ADIM)", "Agence de Développement et d’Innovation de Mayotte ([ADIM])"], aliases=["ADIM"]),
    O("CGPME", "association", [("CGPME", 1), ("CGPME", 2)]),
    O("SPL976", "company", ["SPL976"]),
    O("Medef", "association", ["Medef"]),
    O("CGT Ma", "association", ["CGT Ma"]),
    O("CFDT Mayotte", "association", ["CFDT Mayotte"]),
    O("FO 976", "association", ["FO 976"]),
    O("CFE CGC", "association", ["CFE CGC"]),

    L("Mayotte", ["développement économique de [Mayotte]"]),
    L("Mamoudzou", ["Mamoudzou"]),

    D("depuis [2009]", "2009"),
]

UNANNOTATED = []
