BODY_START = None
BODY_END = None
# CCI, CCIT, CCIR, CRCI: categories of chambers, not named organizations; le Parlement, l'Etat: generic.

RECORDS = [
    P("Jean-François Bernardin", ["[Jean-François Bernardin]Pour", "[Jean-François Bernardin], président"],
      roles=[("Bernardin, [président] de l’ACFCI", "ACFCI")]),

    O("ACFCI", "public_body", [("ACFCI", 1), ("ACFCI", 2)]),

    D("25 novembre au 8 décembre", "XXXX-11-25", value_end="XXXX-12-08"),
    D("23 juillet 2010", "2010-07-23"),
]

UNANNOTATED = []
