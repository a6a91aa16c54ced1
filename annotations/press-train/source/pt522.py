BODY_START = "Elus de la Collectivité"   # the store's " date 2021-11 " prefix is chrome
BODY_END = None
# "la chambre de commerce et d'industrie régionale" (lowercase description) is generic; the body is
# called "la Chambre Consulaire Régionale" later, still no proper part (§16). "2B" (elliptical CCI of Haute-Corse) gets no record.

CC = "Collectivité de Corse"
CR = "Chambre Consulaire Régionale"
RECORDS = [
    P("Dominique Di Menza", [("Dominique Di Menza", 1), ("Dominique Di Menza", 2)],
      roles=[("Menza, [présidents] des CCI2A", "CCI2A")]),   # succeeded Paul Marcaggi at the CCI2A
    P("Paul Marcaggi", ["Paul Marcaggi"],
      roles=[("Marcaggi, [président] de la CCI2A", "CCI2A")]),
    P("Jean Dominici", ["Jean Dominci", "Jean Dominici"], aliases=["Jean Dominci"],
      roles=[("[président régional] sortant", None)]),  # §16: "la Chambre Consulaire Régionale" has no proper part
    P("Pascal Lelarge", ["Pascal Lelarge"], roles=[("Lelarge, [préfet] de Corse", None)]),
    P("Gilles Simeoni", ["Gilles Simeoni"],
      roles=[("Simeoni, [président de l’Exécutif]", CC)]),
    P("Philippe Albertini", ["Philippe Albertini"],
      roles=[("Albertini, [directeur général] de l’institution", None)]),  # §16: the chamber has no record
    P("Pierre Orsini", [("Pierre Orsini", 1), ("Pierre Orsini", 2)],
      roles=[("Menza, [présidents] des CCI2A", None)]),     # of the Haute-Corse chamber (no record)

    O(CC, "public_body", [(CC, 1), (CC, 2)]),
    O("CCI2A", "public_body", [("CCI2A", 1), ("CCI2A", 2)]),
    # §16: "la Chambre Consulaire Régionale": a capitalized common noun with no proper part, no mention

    L("salle Sampiero Corso", ["salle Sampiero Corso"]),
    L("Palais des Congrès d’Ajaccio", ["Palais des Congrès d’Ajaccio"]),
    L("Porto-Vecchio", ["Porto-Vecchio"]),
    L("Corse", ["préfet de [Corse]"]),
    L("Haute-Corse", ["Haute-Corse"]),

    D("ce jeudi", None, relative=True),
]

UNANNOTATED = []
