BODY_START = None
BODY_END = "L’intégralité de l’article"   # link to the full article
# "L'agence économique de Bretagne" / "L'agence de développement économique bretonne": descriptions
# of BDI (generic), "la Région": generic, "Glaz Economie": a strategy.

BDI = "Bretagne Développement Innovation"
RECORDS = [
    P("Hugues Meili", ["Hugues Meili"],
      roles=[("A nouveau [président], nouveau", BDI),     # "vient de succéder à Guy Canu"; §16: "BDI change de président" names the post, not its holder
             ("et [patron] de la pépite", "Niji")]),
    P("Guy Canu", ["Guy Canu"],
      roles=[("a [présidé] l’instance", BDI, "président"),
             (None, "Neworld Energies")]),          # "sa société Neworld Energies"

    O(BDI, "public_body", [("[Bretagne Développement Innovation] (BDI)", 1), ("Bretagne Développement Innovation ([BDI])", 1),
                           ("[Bretagne Développement Innovation] (BDI)", 2), ("Bretagne Développement Innovation ([BDI])", 2), "[BDI] change"],
      aliases=["BDI"]),
    O("Niji", "company", ["Niji"]),
    O("Neworld Energies", "company", ["Neworld Energies"]),

    L("Bretagne", ["économique de [Bretagne] se"]),
]

UNANNOTATED = []
