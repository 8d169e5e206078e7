package io.github.collabkit.testing;

import io.github.collabkit.model.AccessAudience;
import io.github.collabkit.model.AccessTerm;
import io.github.collabkit.model.ActionLine;
import io.github.collabkit.model.ActionLineRef;
import io.github.collabkit.model.Alignment;
import io.github.collabkit.model.Ambition;
import io.github.collabkit.model.Concept;
import io.github.collabkit.model.GeographicScope;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.InfrastructureRole;
import io.github.collabkit.model.InfrastructureStatus;
import io.github.collabkit.model.Instrument;
import io.github.collabkit.model.InstrumentKind;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipKind;
import io.github.collabkit.model.PartnershipLink;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PartnershipRelationKind;
import io.github.collabkit.model.PartnershipStatus;
import io.github.collabkit.model.PartyRole;
import io.github.collabkit.model.Period;
import io.github.collabkit.model.Person;
import io.github.collabkit.model.PersonRef;
import io.github.collabkit.model.Quantity;
import io.github.collabkit.model.QuantityQualifier;
import io.github.collabkit.model.RelationKind;
import io.github.collabkit.model.Role;
import io.github.collabkit.model.Sector;
import io.github.collabkit.model.Signatory;
import io.github.collabkit.model.SigningEvent;
import io.github.collabkit.model.SigningMode;
import io.github.collabkit.model.Source;
import io.github.collabkit.model.SourceRef;
import io.github.collabkit.model.SourceType;
import io.github.collabkit.model.Strategy;
import io.github.collabkit.model.StrategyRef;
import io.github.collabkit.model.WorkArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded generator of realistic collaboration landscapes, from a handful of organizations to a
 * million, for property-style tests and benchmarks.
 *
 * <p>The same seed and size always give the same landscape. Organizations have multilingual names
 * (an English display name, a label in the language of their country with its diacritics, aliases
 * and an acronym), identifiers valid for their scheme (ROR ids with correct checksums, ISNIs with
 * correct check characters, Wikidata, GRID, KvK, websites), locations, parents (departments of
 * umc's and universities), relations; partnerships link two to six parties, mostly near neighbours
 * so the network has clusters, with periods, signings, signatories, work areas and links to earlier
 * partnerships; infrastructures (biobanks, cohorts, imaging facilities, data platforms) name their
 * organizations, capabilities, themes, access and figures; strategies carry action lines. Names
 * repeat where the real world repeats them (every umc has a "Department of Cardiology"; acronyms
 * collide), so lookups meet realistic ambiguity.
 *
 * <p>Values of every field, awkward ones included, come from {@link ModelGenerator}; this generator
 * is about shape and scale. Every generated landscape is valid: {@code LandscapeValidator.create().asOf(AS_OF)} reports no
 * violation.
 *
 * <pre>{@code
 * Landscape landscape = LandscapeGenerator.seeded(42).organizations(10_000).generate();
 * }</pre>
 */
public final class LandscapeGenerator {
  /** The date generated statuses and periods are consistent with. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  private static final String[] ONSETS = {
    "Am", "Ber", "Bre", "Dor", "Del", "Ede", "Ein", "Gro", "Haar", "Hel", "Hil", "Lei", "Maas", "Nij",
    "Ost", "Rot", "Til", "Ut", "Zwol", "Mün", "Kö", "Ès", "Sø", "Zü", "Ven", "Wes", "Al", "Bru", "Gent",
    "Lou", "Nan", "Ly", "Mar", "Tou", "Val", "Sev", "Gra", "Dür", "Fri", "Lü"
  };
  private static final String[] MIDDLES = {
    "", "", "", "e", "en", "er", "o", "a", "ing", "el", "ar", "ou", "é", "ä", "ij", "ei"
  };
  private static final String[] SUFFIXES = {
    "den", "dam", "burg", "heim", "ville", "stad", "wijk", "hoven", "ingen", "feld", "sund", "ona",
    "ano", "ford", "mond", "berg", "lo", "horst", "court", "ès"
  };

  /** A medical subject in English, Dutch, German, French and Spanish, with its theme code. */
  private record Subject(String code, String en, String nl, String de, String fr, String es) {
    String in(String language) {
      switch (language) {
        case "nl":
          return nl;
        case "de":
          return de;
        case "fr":
          return fr;
        case "es":
          return es;
        default:
          return en;
      }
    }
  }

  private static final Subject[] SUBJECTS = {
    new Subject("cancer", "Cancer", "Kanker", "Krebs", "Cancer", "Cáncer"),
    new Subject("infectious-diseases", "Infectious Diseases", "Infectieziekten", "Infektionskrankheiten",
        "Maladies Infectieuses", "Enfermedades Infecciosas"),
    new Subject("neuroscience", "Neuroscience", "Neurowetenschappen", "Neurowissenschaften",
        "Neurosciences", "Neurociencia"),
    new Subject("cardiology", "Cardiology", "Cardiologie", "Kardiologie", "Cardiologie", "Cardiología"),
    new Subject("public-health", "Public Health", "Volksgezondheid", "Öffentliche Gesundheit",
        "Santé Publique", "Salud Pública"),
    new Subject("genetics", "Genetics", "Genetica", "Genetik", "Génétique", "Genética"),
    new Subject("immunology", "Immunology", "Immunologie", "Immunologie", "Immunologie", "Inmunología"),
    new Subject("epidemiology", "Epidemiology", "Epidemiologie", "Epidemiologie", "Épidémiologie",
        "Epidemiología"),
    new Subject("radiology", "Radiology", "Radiologie", "Radiologie", "Radiologie", "Radiología"),
    new Subject("parasitology", "Parasitology", "Parasitologie", "Parasitologie", "Parasitologie",
        "Parasitología"),
    new Subject("oncology", "Oncology", "Oncologie", "Onkologie", "Oncologie", "Oncología"),
    new Subject("pediatrics", "Pediatrics", "Kindergeneeskunde", "Pädiatrie", "Pédiatrie", "Pediatría"),
    new Subject("psychiatry", "Psychiatry", "Psychiatrie", "Psychiatrie", "Psychiatrie", "Psiquiatría"),
    new Subject("nutrition", "Nutrition", "Voeding", "Ernährung", "Nutrition", "Nutrición"),
    new Subject("bioinformatics", "Bioinformatics", "Bio-informatica", "Bioinformatik", "Bio-informatique",
        "Bioinformática"),
    new Subject("medical-imaging", "Medical Imaging", "Medische Beeldvorming", "Medizinische Bildgebung",
        "Imagerie Médicale", "Imagen Médica"),
    new Subject("tropical-medicine", "Tropical Medicine", "Tropengeneeskunde", "Tropenmedizin",
        "Médecine Tropicale", "Medicina Tropical"),
    new Subject("rehabilitation", "Rehabilitation", "Revalidatie", "Rehabilitation", "Réadaptation",
        "Rehabilitación"),
    new Subject("pharmacology", "Pharmacology", "Farmacologie", "Pharmakologie", "Pharmacologie",
        "Farmacología"),
    new Subject("surgery", "Surgery", "Heelkunde", "Chirurgie", "Chirurgie", "Cirugía"),
  };

  private static final String[] CAPABILITIES = {
    "sample-storage", "mri", "pet-ct", "sequencing", "data-linkage", "gpu-compute", "trial-support",
    "federated-analysis", "cell-sorting", "mass-spectrometry"
  };
  private static final String[] UNITS = {"participants", "samples", "scans", "cores", "datasets"};

  /** A country, the language of its labels, and how likely an organization is there. */
  private record Country(String code, String language, int weight) {}

  private static final Country[] COUNTRIES = {
    new Country("NL", "nl", 40), new Country("BE", "nl", 6), new Country("BE", "fr", 4),
    new Country("DE", "de", 14), new Country("AT", "de", 3), new Country("CH", "de", 3),
    new Country("FR", "fr", 8), new Country("GB", "en", 8), new Country("US", "en", 8),
    new Country("ES", "es", 6)
  };
  private static final int COUNTRY_WEIGHT = 100;

  private final long seed;
  private int organizations = 1000;

  private LandscapeGenerator(long seed) {
    this.seed = seed;
  }

  /**
   * Returns a generator for a seed; the same seed gives the same landscapes.
   *
   * @param seed the seed
   * @return a generator of 1,000 organizations until {@link #organizations(int)} says otherwise
   */
  public static LandscapeGenerator seeded(long seed) {
    return new LandscapeGenerator(seed);
  }

  /**
   * Sets how many organizations (units included) to generate; partnerships, infrastructures, people,
   * sources and strategies scale with it.
   *
   * @param count the number of organizations, at least 10
   * @return this generator
   */
  public LandscapeGenerator organizations(int count) {
    if (count < 10) {
      throw new IllegalArgumentException("organizations: needs at least 10, got " + count);
    }
    this.organizations = count;
    return this;
  }

  /**
   * Returns the seed, for messages of failing tests.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Generates the landscape.
   *
   * @return a valid landscape of the configured size
   */
  public Landscape generate() {
    return new Run(seed, organizations).landscape();
  }

  /**
   * Returns a valid ROR id that a generator of this seed gives to no organization of a landscape
   * of at most {@code organizations} organizations: the id of organization number {@code
   * organizations + n}.
   *
   * @param n which absent id, 0 or more
   * @return a canonical ROR id with a correct checksum
   */
  public String absentRorId(int n) {
    return rorId(seed, organizations + n);
  }

  /**
   * Returns the ROR id of organization number {@code index}; only organizations that are not units
   * carry it.
   *
   * @param seed the generator's seed
   * @param index the organization's position
   * @return a canonical ROR id with a correct checksum
   */
  static String rorId(long seed, int index) {
    // An odd multiplier is a bijection modulo 2^30 = 32^6, so ids never collide.
    return ValidIdentifiers.ror((index * 0x2545F491L) + (seed & 0x3FFFFFFFL));
  }

  /**
   * Returns a generated place name that no generated organization uses, for queries that must miss.
   *
   * @param n which name, 0 or more
   * @return a place-like word
   */
  public static String absentPlace(int n) {
    return "Qu" + ONSETS[n % ONSETS.length].toLowerCase(Locale.ROOT) + "x" + base36(n) + "ia";
  }

  private static String base36(long n) {
    return Long.toString(n, 36);
  }

  /** The state of generating one landscape. */
  private static final class Run {
    final SplittableRandom random;
    final long seed;
    final int count;
    final List<Organization> organizations;
    final List<Country> countries;
    final List<String> places;
    final List<Boolean> units;
    final List<PersonRef> personAt;
    final List<Person> people = new ArrayList<>();
    final List<SourceRef> sources = new ArrayList<>();
    final List<ActionLineRef> actionLines = new ArrayList<>();
    final Set<String> usedPlaces = new HashSet<>();
    final Set<String> grids = new HashSet<>();

    Run(long seed, int count) {
      this.seed = seed;
      this.random = new SplittableRandom(seed);
      this.count = count;
      this.organizations = new ArrayList<>(count);
      this.countries = new ArrayList<>(count);
      this.places = new ArrayList<>(count);
      this.units = new ArrayList<>(count);
      this.personAt = new ArrayList<>(count);
    }

    Landscape landscape() {
      Landscape.Builder landscape = Landscape.builder()
          .name("generated-" + count + "-seed-" + seed)
          .description(LocalizedText.enNl(
              "A generated landscape of " + count + " organizations for tests and benchmarks.",
              "Een gegenereerd landschap van " + count + " organisaties voor tests en benchmarks."));
      int sourceCount = 1 + count / 100;
      for (int i = 0; i < sourceCount; i++) {
        SourceRef ref = SourceRef.of("source-" + base36(i));
        sources.add(ref);
        landscape.addSource(Source.builder().ref(ref)
            .title(LocalizedText.of("en", "Generated source " + i))
            .type(SourceType.values()[i % SourceType.values().length])
            .date(PartialDate.of(2010 + i % 15, 1 + i % 12))
            .url("https://example.org/sources/" + i)
            .build());
      }
      concepts(landscape);
      for (int i = 0; i < count; i++) {
        Organization o = organization(i);
        organizations.add(o);
      }
      List<Strategy> strategies = strategies();
      landscape.addAllOrganizations(organizations);
      landscape.addAllPeople(people);
      List<Infrastructure> infrastructures = infrastructures();
      landscape.addAllInfrastructures(infrastructures);
      landscape.addAllPartnerships(partnerships(infrastructures));
      landscape.addAllStrategies(strategies);
      return landscape.build();
    }

    private void concepts(Landscape.Builder landscape) {
      for (Subject s : SUBJECTS) {
        landscape.addConcept(Concept.of("theme", s.code(), LocalizedText.enNl(s.en(), s.nl())));
      }
      for (String c : CAPABILITIES) {
        landscape.addConcept(Concept.of("capability", c, LocalizedText.of("en", c.replace('-', ' '))));
      }
      for (String u : UNITS) {
        landscape.addConcept(Concept.of("unit", u, LocalizedText.of("en", u)));
      }
    }

    private SourceRef source() {
      return sources.get(random.nextInt(sources.size()));
    }

    private Country country() {
      int r = random.nextInt(COUNTRY_WEIGHT);
      for (Country c : COUNTRIES) {
        r -= c.weight();
        if (r < 0) {
          return c;
        }
      }
      return COUNTRIES[0];
    }

    private String place() {
      for (int attempt = 0; ; attempt++) {
        StringBuilder sb = new StringBuilder(ONSETS[random.nextInt(ONSETS.length)])
            .append(MIDDLES[random.nextInt(MIDDLES.length)]);
        if (attempt > 3 || random.nextInt(4) == 0) {
          sb.append(ONSETS[random.nextInt(ONSETS.length)].toLowerCase(Locale.ROOT));
        }
        if (attempt > 8) {
          sb.append(MIDDLES[random.nextInt(MIDDLES.length)])
              .append(ONSETS[random.nextInt(ONSETS.length)].toLowerCase(Locale.ROOT));
        }
        sb.append(SUFFIXES[random.nextInt(SUFFIXES.length)]);
        String place = sb.toString();
        // Places repeat (several organizations per town) but mostly new towns appear.
        if (usedPlaces.add(place) || random.nextInt(3) == 0) {
          return place;
        }
      }
    }

    private Organization organization(int i) {
      OrganizationRef key;
      Country country;
      String place;
      boolean unit = i > 20 && random.nextInt(100) < 15;
      int parent = unit ? parentOf(i) : -1;
      if (unit) {
        country = countries.get(parent);
        place = places.get(parent);
      } else {
        country = country();
        place = place();
      }
      countries.add(country);
      places.add(place);
      units.add(unit);
      String language = country.language();
      Organization.Builder o = Organization.builder();
      String acronym;
      OrganizationType type;
      if (unit) {
        Subject s = SUBJECTS[random.nextInt(SUBJECTS.length)];
        type = OrganizationType.DEPARTMENT;
        o.addName(Name.of("Department of " + s.en(), "en", NameKind.DISPLAY));
        if (!language.equals("en")) {
          o.addName(Name.of(department(language, s), language, NameKind.LABEL));
        }
        acronym = null;
        o.parent(organizations.get(parent).ref());
      } else {
        type = typeOf(random.nextInt(100));
        Subject s = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String en = name(type, "en", place, s);
        o.addName(Name.of(en, "en", NameKind.DISPLAY));
        if (!language.equals("en")) {
          o.addName(Name.of(name(type, language, place, s), language, NameKind.LABEL));
        }
        acronym = acronym(type, place, s);
        if (random.nextInt(100) < 35) {
          o.addName(Name.of(alias(type, place, s), "en", NameKind.ALIAS));
        }
        if (random.nextInt(100) < 80) {
          o.addName(Name.acronym(acronym));
        }
      }
      String slug = (acronym != null ? acronym : "dept").toLowerCase(Locale.ROOT)
          .replaceAll("[^a-z0-9]", "");
      key = OrganizationRef.of(slug + "-" + base36(i));
      o.ref(key).addType(type)
          .sector(type == OrganizationType.COMPANY ? Sector.PRIVATE_FOR_PROFIT
              : type == OrganizationType.FOUNDATION ? Sector.PRIVATE_NON_PROFIT : Sector.PUBLIC)
          .location(Location.of(country.code(), place))
          .addSource(source());
      if (!unit) {
        identifiers(o, i, country, slug);
        o.established(PartialDate.ofYear(1575 + random.nextInt(440)));
        if (i > 0 && random.nextInt(100) < 5) {
          int other = random.nextInt(i);
          if (!units.get(other)) {
            o.addRelation(OrganizationRelation.of(
                random.nextBoolean() ? RelationKind.RELATED : RelationKind.AFFILIATE,
                organizations.get(other).ref()));
          }
        }
        if (random.nextInt(100) < 20) {
          o.description(LocalizedText.enNl("A generated " + type.code() + " in " + place + ".",
              "Een gegenereerde organisatie in " + place + "."));
        }
      }
      if (!unit && i % 10 == 0) {
        PersonRef person = PersonRef.of("person-" + base36(i));
        people.add(Person.builder().ref(person).name("Person " + base36(i) + " of " + place)
            .addRole(Role.of(LocalizedText.enNl("Dean", "Decaan"), key))
            .addSource(source())
            .build());
        personAt.add(person);
      } else {
        personAt.add(null);
      }
      return o.build();
    }

    private int parentOf(int i) {
      for (int attempt = 0; attempt < 20; attempt++) {
        int p = random.nextInt(i);
        if (!units.get(p)) {
          return p;
        }
      }
      return 0;
    }

    private static OrganizationType typeOf(int r) {
      if (r < 10) {
        return OrganizationType.UMC;
      } else if (r < 25) {
        return OrganizationType.UNIVERSITY;
      } else if (r < 45) {
        return OrganizationType.HOSPITAL;
      } else if (r < 60) {
        return OrganizationType.RESEARCH_INSTITUTE;
      } else if (r < 78) {
        return OrganizationType.COMPANY;
      } else if (r < 88) {
        return OrganizationType.FOUNDATION;
      } else if (r < 94) {
        return OrganizationType.UNIVERSITY_OF_APPLIED_SCIENCES;
      }
      return OrganizationType.CARE_ORGANIZATION;
    }

    private static String department(String language, Subject s) {
      switch (language) {
        case "nl":
          return "Afdeling " + s.nl();
        case "de":
          return "Abteilung für " + s.de();
        case "fr":
          return "Service de " + s.fr();
        case "es":
          return "Departamento de " + s.es();
        default:
          return "Department of " + s.en();
      }
    }

    private static String name(OrganizationType type, String language, String place, Subject s) {
      String subject = s.in(language);
      switch (type) {
        case UMC:
          switch (language) {
            case "nl":
              return "Universitair Medisch Centrum " + place;
            case "de":
              return "Universitätsklinikum " + place;
            case "fr":
              return "Centre Hospitalier Universitaire de " + place;
            case "es":
              return "Hospital Universitario de " + place;
            default:
              return place + " University Medical Center";
          }
        case UNIVERSITY:
          switch (language) {
            case "nl":
              return "Universiteit " + place;
            case "de":
              return "Universität " + place;
            case "fr":
              return "Université de " + place;
            case "es":
              return "Universidad de " + place;
            default:
              return "University of " + place;
          }
        case HOSPITAL:
          switch (language) {
            case "nl":
              return "Ziekenhuis " + place;
            case "de":
              return "Klinikum " + place;
            case "fr":
              return "Hôpital de " + place;
            case "es":
              return "Hospital de " + place;
            default:
              return place + " General Hospital";
          }
        case RESEARCH_INSTITUTE:
          switch (language) {
            case "nl":
              return place + " Instituut voor " + subject;
            case "de":
              return place + " Institut für " + subject;
            case "fr":
              return "Institut de " + subject + " de " + place;
            case "es":
              return "Instituto de " + subject + " de " + place;
            default:
              return place + " Institute for " + subject;
          }
        case COMPANY:
          switch (language) {
            case "nl":
              return place + " " + subject + " B.V.";
            case "de":
              return place + " " + subject + " GmbH";
            case "fr":
              return place + " " + subject + " SA";
            case "es":
              return place + " " + subject + " S.L.";
            default:
              return place + " " + subject + " Ltd";
          }
        case FOUNDATION:
          switch (language) {
            case "nl":
              return "Stichting " + subject + " " + place;
            case "de":
              return "Stiftung " + subject + " " + place;
            case "fr":
              return "Fondation " + subject + " " + place;
            case "es":
              return "Fundación " + subject + " " + place;
            default:
              return place + " " + subject + " Foundation";
          }
        case UNIVERSITY_OF_APPLIED_SCIENCES:
          switch (language) {
            case "nl":
              return "Hogeschool " + place;
            case "de":
              return "Hochschule " + place;
            case "fr":
              return "Haute École de " + place;
            case "es":
              return "Escuela Universitaria de " + place;
            default:
              return place + " University of Applied Sciences";
          }
        default:
          switch (language) {
            case "nl":
              return "Zorggroep " + place;
            case "de":
              return "Pflegeverbund " + place;
            case "fr":
              return "Groupe de Soins " + place;
            case "es":
              return "Grupo Asistencial " + place;
            default:
              return place + " Care Group";
          }
      }
    }

    private static String alias(OrganizationType type, String place, Subject s) {
      switch (type) {
        case UMC:
          return "Academic Hospital " + place;
        case UNIVERSITY:
          return place + " University";
        case HOSPITAL:
          return "St. " + place + " Hospital";
        case RESEARCH_INSTITUTE:
          return place + " " + s.en() + " Research Centre";
        case COMPANY:
          return place + " " + s.en();
        default:
          return place + " " + s.en() + " Group";
      }
    }

    private static String acronym(OrganizationType type, String place, Subject s) {
      String p = java.text.Normalizer.normalize(place, java.text.Normalizer.Form.NFD)
          .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
      String p3 = p.substring(0, Math.min(3, p.length()));
      switch (type) {
        case UMC:
          return "UMC" + p.charAt(0);
        case UNIVERSITY:
          return "U" + p3;
        case HOSPITAL:
          return p3 + "H";
        case RESEARCH_INSTITUTE:
          return p3 + "I" + s.en().charAt(0);
        case COMPANY:
          return p3 + s.en().toUpperCase(Locale.ROOT).charAt(0);
        case FOUNDATION:
          return "F" + s.en().charAt(0) + p3;
        case UNIVERSITY_OF_APPLIED_SCIENCES:
          return "HS" + p3;
        default:
          return "CG" + p3;
      }
    }

    private void identifiers(Organization.Builder o, int i, Country country, String slug) {
      if (random.nextInt(100) < 90) {
        o.addIdentifier(Identifier.of(IdentifierScheme.ROR, rorId(seed, i)));
      }
      if (random.nextInt(100) < 50) {
        // Ten organizations share a prefix; a drawn suffix already taken moves to the next free one,
        // so no two organizations hold one GRID id (the validator reports that).
        int suffix = 16 + random.nextInt(0xfff0);
        String grid;
        while (!grids.add(grid = "grid." + (1000 + i % 9_000_000 / 10) + "." + Integer.toHexString(suffix))) {
          suffix = 16 + (suffix - 16 + 1) % 0xfff0;
        }
        o.addIdentifier(Identifier.of(IdentifierScheme.GRID, grid));
      }
      if (random.nextInt(100) < 40) {
        o.addIdentifier(Identifier.of(IdentifierScheme.WIKIDATA, "Q" + (100_000 + 7L * i)));
      }
      if (random.nextInt(100) < 20) {
        o.addIdentifier(Identifier.of(IdentifierScheme.ISNI, ValidIdentifiers.isni(1_000_000_000L + 13L * i)));
      }
      if (random.nextInt(100) < 60) {
        o.addIdentifier(Identifier.of(IdentifierScheme.WEBSITE, "https://www." + slug + base36(i) + ".example.org"));
      }
      if (country.code().equals("NL") && random.nextInt(100) < 30) {
        o.addIdentifier(Identifier.of(IdentifierScheme.KVK, String.format(Locale.ROOT, "%08d", 10_000_000 + i)));
      }
    }

    private List<Strategy> strategies() {
      List<Strategy> strategies = new ArrayList<>();
      int count = 1 + this.count / 10_000;
      String[][] lines = {
        {"Data and AI", "Data en AI", "data,ai,algorithm,platform,federated"},
        {"Regional care", "Regionale zorg", "region,care,hospital,general practice,prevention"},
        {"Biobanking", "Biobanken", "biobank,samples,cohort,storage"},
        {"Imaging", "Beeldvorming", "imaging,mri,pet,scan"},
        {"Innovation with industry", "Innovatie met bedrijven", "company,valorisation,startup,industry"},
        {"Global health", "Wereldgezondheid", "international,tropical,infection,global"},
      };
      for (int s = 0; s < count; s++) {
        StrategyRef key = StrategyRef.of("strategy-" + base36(s));
        Strategy.Builder b = Strategy.builder().ref(key)
            .title(LocalizedText.enNl("Generated strategy " + s, "Gegenereerde strategie " + s))
            .addOwner(organizations.get(s).ref())
            .period(Period.between(PartialDate.ofYear(2022), PartialDate.ofYear(2030)))
            .addAlignsWith(Alignment.builder()
                .description(LocalizedText.of("en", "Aligns with the national research agenda")).build())
            .addPrinciple(LocalizedText.enNl("Share data by default", "Data standaard delen"))
            .addSource(source());
        for (int j = 0; j < lines.length; j++) {
          ActionLineRef ref = ActionLineRef.of("line-" + base36(s) + "-" + j);
          actionLines.add(ref);
          ActionLine.Builder line = ActionLine.builder().ref(ref)
              .label(LocalizedText.enNl(lines[j][0], lines[j][1]));
          for (String keyword : lines[j][2].split(",")) {
            line.addKeyword(keyword);
          }
          switch (j) {
            case 0:
              line.addAllInfrastructureKinds(List.of(InfrastructureKind.DATA_PLATFORM, InfrastructureKind.COMPUTE,
                  InfrastructureKind.AI_LAB));
              break;
            case 1:
              line.addAllPartnerTypes(List.of(OrganizationType.HOSPITAL, OrganizationType.CARE_ORGANIZATION))
                  .addScope(GeographicScope.REGIONAL).addPartnershipKind(PartnershipKind.CARE_COLLABORATION);
              break;
            case 2:
              line.addAllInfrastructureKinds(List.of(InfrastructureKind.BIOBANK, InfrastructureKind.COHORT));
              break;
            case 3:
              line.addInfrastructureKind(InfrastructureKind.IMAGING_FACILITY);
              break;
            case 4:
              line.addPartnerType(OrganizationType.COMPANY).addPartnerSector(Sector.PRIVATE_FOR_PROFIT)
                  .addPartnershipKind(PartnershipKind.JOINT_LAB);
              break;
            default:
              line.addScope(GeographicScope.INTERNATIONAL);
              break;
          }
          b.addActionLine(line.build());
        }
        strategies.add(b.build());
      }
      return strategies;
    }

    private int organizationNear(int anchor) {
      int window = 200;
      int lo = Math.max(0, anchor - window);
      int hi = Math.min(count, anchor + window);
      return random.nextInt(100) < 70 ? lo + random.nextInt(hi - lo) : random.nextInt(count);
    }

    private List<Infrastructure> infrastructures() {
      int n = Math.max(2, count / 10);
      List<Infrastructure> result = new ArrayList<>(n);
      InfrastructureKind[] kinds = {
        InfrastructureKind.BIOBANK, InfrastructureKind.COHORT, InfrastructureKind.IMAGING_FACILITY,
        InfrastructureKind.DATA_PLATFORM, InfrastructureKind.SEQUENCING_PLATFORM,
        InfrastructureKind.COMPUTE, InfrastructureKind.LABORATORY, InfrastructureKind.AI_LAB
      };
      String[] kindNames = {"Biobank", "Cohort", "Imaging Centre", "Data Platform", "Sequencing Facility",
        "Compute Cluster", "Laboratory", "AI Lab"};
      for (int i = 0; i < n; i++) {
        int owner = random.nextInt(count);
        int k = random.nextInt(kinds.length);
        Subject s = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String place = places.get(owner);
        InfrastructureRef key = InfrastructureRef.of("infra-" + base36(i));
        Infrastructure.Builder b = Infrastructure.builder().ref(key)
            .addName(Name.of(place + " " + s.en() + " " + kindNames[k], "en", NameKind.DISPLAY))
            .addKind(kinds[k])
            .addOrganization(InfrastructureParticipation.of(organizations.get(owner).ref(), InfrastructureRole.OWNER))
            .addTheme(s.code())
            .addCapability(CAPABILITIES[random.nextInt(CAPABILITIES.length)])
            .addAccess(AccessTerm.of(AccessAudience.values()[random.nextInt(AccessAudience.values().length)]))
            .addFigure(Quantity.of(QuantityQualifier.MORE_THAN, 100 * (1 + random.nextInt(5000)),
                UNITS[random.nextInt(UNITS.length)]))
            .scope(GeographicScope.values()[random.nextInt(GeographicScope.values().length)])
            .addActionLine(actionLines.get(random.nextInt(actionLines.size())))
            .addSource(source())
            .description(LocalizedText.enNl(
                "A " + kindNames[k].toLowerCase(Locale.ROOT) + " for " + s.en().toLowerCase(Locale.ROOT)
                    + " research in " + place + ".",
                "Een voorziening voor onderzoek naar " + s.nl().toLowerCase(Locale.ROOT) + " in " + place + "."));
        if (random.nextInt(100) < 50) {
          b.addName(Name.acronym(acronymOf(place, kindNames[k]) + base36(i).toUpperCase(Locale.ROOT)));
        }
        int others = random.nextInt(3);
        Set<Integer> taken = new HashSet<>(List.of(owner));
        for (int j = 0; j < others; j++) {
          int other = organizationNear(owner);
          if (taken.add(other)) {
            b.addOrganization(InfrastructureParticipation.of(organizations.get(other).ref(),
                j == 0 ? InfrastructureRole.HOST : InfrastructureRole.PARTICIPANT));
          }
        }
        if (i > 0 && random.nextInt(100) < 10) {
          b.partOf(InfrastructureRef.of("infra-" + base36(random.nextInt(i))));
        }
        if (random.nextInt(100) < 8) {
          int start = 1995 + random.nextInt(15);
          b.status(InfrastructureStatus.ENDED)
              .period(Period.between(PartialDate.ofYear(start), PartialDate.ofYear(start + 5 + random.nextInt(8))));
        } else {
          b.period(Period.from(PartialDate.ofYear(1990 + random.nextInt(35))));
        }
        result.add(b.build());
      }
      return result;
    }

    private static String acronymOf(String place, String kind) {
      String p = java.text.Normalizer.normalize(place, java.text.Normalizer.Form.NFD)
          .replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
      return p.substring(0, Math.min(3, p.length())) + kind.charAt(0);
    }

    private List<Partnership> partnerships(List<Infrastructure> infrastructures) {
      int n = Math.max(2, count / 4);
      List<Partnership> result = new ArrayList<>(n);
      int[] startYears = new int[n];
      PartnershipKind[] kinds = PartnershipKind.values();
      for (int i = 0; i < n; i++) {
        int anchor = random.nextInt(count);
        int parties = 2 + (random.nextInt(100) < 70 ? 0 : random.nextInt(5));
        Set<Integer> members = new LinkedHashSet<>();
        members.add(anchor);
        while (members.size() < parties) {
          members.add(organizationNear(anchor));
        }
        List<Integer> party = new ArrayList<>(members);
        PartnershipKind kind = kinds[random.nextInt(kinds.length)];
        Subject s = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String first = organizations.get(party.get(0)).displayName();
        String second = organizations.get(party.get(1)).displayName();
        PartnershipRef key = PartnershipRef.of("partnership-" + base36(i));
        Partnership.Builder b = Partnership.builder().ref(key).kind(kind)
            .title(LocalizedText.enNl(kind.term().labelEn() + " " + first + " and " + second + " on " + s.en(),
                kind.term().labelNl() + " " + first + " en " + second + " over " + s.nl()))
            .addTheme(s.code())
            .scope(GeographicScope.values()[random.nextInt(GeographicScope.values().length)])
            .addSource(source());
        for (int j = 0; j < party.size(); j++) {
          b.addParty(Participation.of(organizations.get(party.get(j)).ref(),
              j == 0 ? PartyRole.LEAD : PartyRole.PARTNER));
        }
        int start = 2005 + random.nextInt(24);
        startYears[i] = start;
        int end = start + 3 + random.nextInt(8);
        if (start >= 2026) {
          b.status(PartnershipStatus.INTENDED)
              .period(Period.between(PartialDate.ofYear(start), PartialDate.ofYear(end)));
        } else {
          PartialDate signed = PartialDate.of(start, 1 + random.nextInt(12), 1 + random.nextInt(28));
          b.signing(SigningEvent.builder().date(signed).city(places.get(anchor))
              .mode(SigningMode.values()[random.nextInt(SigningMode.values().length)]).build());
          if (end < 2025) {
            b.status(PartnershipStatus.ENDED).period(Period.between(PartialDate.ofYear(start), PartialDate.ofYear(end)));
          } else {
            b.status(random.nextBoolean() ? PartnershipStatus.ACTIVE : PartnershipStatus.SIGNED)
                .period(end < 2027 ? Period.from(PartialDate.ofYear(start))
                    : Period.between(PartialDate.ofYear(start), PartialDate.ofYear(end)));
          }
          List<Signatory> signatories = new ArrayList<>();
          for (int member : party) {
            PersonRef person = personAt.get(member);
            if (person != null) {
              signatories.add(Signatory.of(person, organizations.get(member).ref()));
            }
          }
          b.addAllSignatories(signatories);
        }
        if (random.nextInt(100) < 20) {
          b.addWorkArea(WorkArea.builder().title(LocalizedText.enNl(s.en() + " research", "Onderzoek " + s.nl()))
              .addInfrastructure(infrastructures.get(random.nextInt(infrastructures.size())).ref())
              .addTheme(s.code()).build());
        }
        if (random.nextInt(100) < 10) {
          b.addInstrument(Instrument.builder().kind(InstrumentKind.values()[random.nextInt(InstrumentKind.values().length)])
              .title(LocalizedText.of("en", "Joint fund")).build());
        }
        if (random.nextInt(100) < 10) {
          b.addAmbition(Ambition.builder().description(LocalizedText.of("en", "Grow joint research on " + s.en()))
              .addOrganization(organizations.get(anchor).ref()).horizon(PartialDate.ofYear(2030)).build());
        }
        if (random.nextInt(100) < 15) {
          b.addActionLine(actionLines.get(random.nextInt(actionLines.size())));
        }
        if (i > 0 && random.nextInt(100) < 10) {
          int earlier = random.nextInt(i);
          if (startYears[earlier] < start) {
            b.addLink(PartnershipLink.of(PartnershipRelationKind.values()[random.nextInt(4)],
                PartnershipRef.of("partnership-" + base36(earlier))));
          }
        }
        result.add(b.build());
      }
      return result;
    }
  }
}
