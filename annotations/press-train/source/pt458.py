# pt458 — latribune.fr, A Vela, innovation third place in the port of Bastia.
BODY_START = None
BODY_END = None

RECORDS = [
    L("A Vela", [("A Vela", 1), ("A Vela", 2)]),  # the venue ("le tiers lieu est baptisé A Vela"), run by the CAB
    L("Bastia", [("Bastia", 1), ("Bastia", 2), ("Bastia", 3), ("Bastia", 4)]),
    L("Corse", ["bâtiment de [Corse]", ("La [Corse] dispose", 1), ("La [Corse] dispose", 2),
                ("La [Corse] dispose", 3)]),  # §16: the two inside the plans' names are no mention
    P("Emmanuel Macron", ["Emmanuel Macron"],
      roles=[("le [Président de la République]", None)]),  # the same plan, "décidé par" him
    L("Méditerranée", ["Méditerranée"]),
    O("Communauté d'agglomération de Bastia", "public_body",
      ["[Communauté d'agglomération de Bastia] (CAB)", "Communauté d'agglomération de Bastia ([CAB])"], aliases=["CAB"]),
    A("4,7 millions d'euros", 4700000, to="Communauté d'agglomération de Bastia", by=["Collectivité de Corse"]),
    O("Collectivité de Corse", "public_body", ["Collectivité de Corse"]),
]

UNANNOTATED = [("Corse", 2, "inside the plan name Plan de Transformation et d’Innovation de la Corse (§16)"),
               ("Corse", 6, "inside the plan name Plan de Transformation et d'Investissement de la Corse (§16)")]
