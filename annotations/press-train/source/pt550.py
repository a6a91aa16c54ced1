BODY_START = "Un bilan positif pour"   # "Corse Net Infos - Pure player corse": site name
BODY_END = None

AD = "Agence de Développement économique de la Corse"
RECORDS = [
    P("Pierre BERETTI", ["Pierre BERETTI"]),   # byline
    P("Jean-Christophe Angélini", ["Jean-Christophe Angélini", "Jean-Christophe Angelini"],
      aliases=["Jean-Christophe Angelini"],
      roles=[("que le [président] a choisi", AD)]),
    P("Jean-Charles Vallée", ["Jean-Charles Vallée"],
      roles=[("du [directeur général] Jean-Charles", AD)]),
    # "L'équipe de l'ADEC était donc composée ... de": staff of the agency, no title
    P("Olivier Mosconi", ["Olivier Mosconi"], roles=[(None, AD)]),
    P("Guillaume Guidoni", ["Guillaume Guidoni"], roles=[(None, AD)]),
    P("Paul-François De Zerbi", ["Paul-François De Zerbi"], roles=[(None, AD)]),
    P("Delphine Grimaldi", ["Delphine Grimaldi"], roles=[(None, AD)]),

    O(AD, "public_body", [("ADEC", 1), ("ADEC", 2), ("ADEC", 3), ("ADEC", 4), ("ADEC", 5), AD,
                          ("ADEC", 6)], aliases=["ADEC"]),
    O("CTC", "public_body", ["CTC"]),

    D("Mercredi 6 Septembre 2017", "2017-09-06"),   # publication stamp
]

UNANNOTATED = []
