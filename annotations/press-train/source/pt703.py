# pt703 — sharelozere.com, the Region's "Coup de pouce" start-up contest presented at POLeN in Lozère (2016)
BODY_START = "Présentation du concours"   # #SHARETALENT / #SHAREIDEE site menu above
BODY_END = None

RECORDS = [
    L("POLeN", ["POLeN", ("POLeN", 2), "à [Polen]"]),       # the venue where the contest was presented
    D(("5 septembre", 1), "XXXX-09-05"),
    D("vendredi 22 juillet 2015", "2015-07-22"),
    O("Midi-Libre", "media", ["Midi-Libre"]),
    P("MARIE-PASCALE VINCENT", ["MARIE-PASCALE VINCENT"]),   # byline of the relayed article
    L("Languedoc-Roussillon", ["Languedoc-Roussillon"]),
    D("depuis [2012]", "2012"),
    D("En [2015]", "2015"),
    P("Sébastien Oziol", ["Sébastien Oziol"], roles=[(None, "Lozère développement")]),   # "Sébastien Oziol de Lozère développement"
    O("Lozère développement", "public_body", ["Lozère développement"]),   # the département's development agency
    A("800 000 €", 800000),                                  # the contest's envelope: no link
    D("cette année", None, relative=True),
    D(("5 septembre", 2), "XXXX-09-05"),
    D("Cette année", None, relative=True),
    P("Katia Rousson", ["Katia Rousson"], roles=[("chef du service création d’activité", None)]),   # "à la Région": generic
    L("Occitanie Pyrénées-Méditerranée", ["Occitanie Pyrénées-Méditerranée"]),
]
UNANNOTATED = []
