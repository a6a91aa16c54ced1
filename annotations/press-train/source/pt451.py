# pt451 — assopreneur.org, podcast page on Les Premières Auvergne-Rhône-Alpes.
BODY_START = "K#9 Comment piloter"
BODY_END = None

RECORDS = [
    P("Marie Trouhet", ["Marie Trouhet", "quotidien de [Marie]", "mené par [Marie]"],
      roles=[("[Déléguée générale]", "Les Premières Auvergne-Rhône-Alpes"),
             ("sa [DG]", "Les Premières Auvergne-Rhône-Alpes")]),
    O("Les Premières Auvergne-Rhône-Alpes", "other",
      ["Les Premières Auvergne-Rhône-Alpes", "Les premières AURA"], aliases=["Les premières AURA"]),
    D("depuis [2013]", "2013"),
    O("Les Premières", "other", ["réseau national [Les Premières]", "identité des [Premières]", "réseau [Les Premières] est"]),
    O("Kairosarium", "company", ["Kairosarium"]),
    L("France", ["France"]),
    L("DOM TOM", ["DOM TOM"]),
    L("Paris", ["Paris"]),
    D("en [2005]", "2005"),
    O("Les Pionnières", "other", ["Les Pionnières"]),
    D("en [2010]", "2010"),
    P("Claire Saddy", ["Claire Saddy"], roles=[("actuellement [élue] du", None)]),
    L("7ème arrondissement de Lyon", ["7ème arrondissement de Lyon"]),
]

UNANNOTATED = []
