BODY_START = "Voilà au moins"   # the store's " date 2021-12 " prefix is chrome
BODY_END = None
# "soixante-cinq membres" / "trente-deux membres associés": the CCI's elected assembly (a governing
# body), not a member count. "Essenccielles" is the name of an electoral list, not an organization.

C = "CCI de Toulouse"
RECORDS = [
    P("Patrick Piedrafita", ["Patrick Piedrafita"],
      roles=[("Le [patron] d’Airbus", "Airbus Opérations SAS"),
             ("le nouveau [président] de la CCI", C)]),

    O(C, "public_body", [C]),
    O("CPME 31", "association", ["CPME 31"]),
    O("Medef 31", "association", ["Medef 31"]),
    O("Airbus Opérations SAS", "company", ["Airbus Opérations SAS"]),

    D("En [janvier], des", "XXXX-01"),
    D("début 2022", "2022", mod="START"),
]

UNANNOTATED = []
