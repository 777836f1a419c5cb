package org.folio.access.eholdings.sample;

import java.util.List;

/** The words sample names are made of: invented publishers and people, real fields of study. */
final class SampleWords {
  static final List<String> PROVIDERS = List.of("Northbridge Scholarly", "Harbourview Publishing", "Meridian Academic",
      "Ashgrove Press", "Kestrel Digital Library", "Ironwood Media");
  static final List<String> PUBLISHERS = List.of("Northbridge University Press", "Harbourview Publishing",
      "Meridian Academic Publishers", "Ashgrove Press", "Calder & Finch", "Society for Coastal Research",
      "Institute of Applied Linguistics", "Lowland Medical Society", "Greywater Scientific", "Oakhurst Books",
      "Pemberton Learned Society", "Riverside Engineering Institute", "Sable Hill Editions", "Tamsin House",
      "Westmarch Historical Association", "Brightwell & Sons", "Copperfield Academic", "Halden Reference",
      "Quayside Arts Council", "Vantage Health Publishing");
  static final List<String> FIELDS = List.of("Coastal Ecology", "Marine Biology", "Soil Science", "Plant Genetics",
      "Hydrology", "Atmospheric Chemistry", "Glaciology", "Volcanology", "Ornithology", "Entomology", "Mycology",
      "Neuroscience", "Immunology", "Epidemiology", "Public Health", "Nursing Practice", "Pharmacology",
      "Veterinary Medicine", "Dentistry", "Sports Medicine", "Clinical Psychology", "Developmental Psychology",
      "Sociology", "Social Work", "Criminology", "Urban Planning", "Human Geography", "Demography",
      "Economic History", "Labour Economics", "Public Finance", "Accounting", "Marketing", "Operations Research",
      "Applied Mathematics", "Number Theory", "Statistics", "Computer Science", "Information Retrieval",
      "Library Science", "Archival Studies", "Linguistics", "Translation Studies", "Classical Studies",
      "Medieval History", "Art History", "Musicology", "Film Studies", "Theatre Studies", "Philosophy of Science",
      "Ethics", "Theology", "Political Theory", "International Relations", "Constitutional Law", "Maritime Law",
      "Civil Engineering", "Materials Science", "Robotics", "Renewable Energy");
  static final List<String> JOURNAL_FORMS = List.of("Journal of %s", "Annals of %s", "Review of %s",
      "International Journal of %s", "Bulletin of %s", "Advances in %s", "Studies in %s", "Archives of %s");
  static final List<String> JOURNAL_QUALIFIERS = List.of("", "Applied ", "Theoretical ", "Comparative ",
      "Experimental ", "Historical ", "Quantitative ", "Regional ");
  static final List<String> BOOK_FORMS = List.of("Introduction to %s", "A History of %s", "Handbook of %s",
      "Principles of %s", "Foundations of %s", "Essays on %s", "The Practice of %s", "Understanding %s");
  static final List<String> BOOK_SUBTITLES = List.of("", ": A Guide", ": Theory and Practice", ": New Perspectives",
      ": Methods and Cases");
  static final List<String> FIRST_NAMES = List.of("Ada", "Bram", "Carys", "Dev", "Elin", "Farid", "Greta", "Hugo",
      "Ines", "Jonah", "Kaia", "Luca", "Mira", "Nils", "Orla", "Pavel", "Quinn", "Rosa", "Sami", "Tove");
  static final List<String> LAST_NAMES = List.of("Marsh", "Reed", "Okafor", "Lindqvist", "Castellanos", "Brennan",
      "Nakamura", "Haddad", "Fairweather", "Kowalski", "Moreau", "Adeyemi", "Thorsen", "Vidal", "Whitlock", "Zhou");
  static final List<String> TAGS = List.of("core", "trial", "review-2027", "open-access", "consortial");

  private SampleWords() {}
}
