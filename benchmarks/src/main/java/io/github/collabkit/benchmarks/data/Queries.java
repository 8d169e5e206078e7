package io.github.collabkit.benchmarks.data;

import io.github.collabkit.testing.AffiliationRow;

import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.testing.LandscapeGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Prepares query arrays from a landscape before measurement, each with its expected answer, so a
 * benchmark measures the library and not the making of test data. Every method is seeded: the same
 * landscape gives the same queries.
 *
 * <ul>
 *   <li>{@link #clean}: an organization's name as written, in another case, or without its
 *       diacritics;
 *   <li>{@link #noisy}: an affiliation string as publishers print them, the name among a
 *       department, street, postcode, city and country;
 *   <li>{@link #typos}: a name with one or two typing errors;
 *   <li>{@link #noMatch}: name-like strings of organizations the landscape does not have;
 *   <li>{@link #affiliations}: real affiliation strings labelled by people with a ROR id (or "NP",
 *       none), from {@code ror/affiliation/*_train.csv}, over the real registry only.
 * </ul>
 *
 * <p>Clean, noisy and typo queries use only names that one organization has (after folding), so
 * each has one right answer.
 */
public final class Queries {
  /** The default number of queries of a set. */
  public static final int SIZE = 1024;

  private static final String[] SUBJECTS = {
    "Cardiology", "Surgery", "Medical Microbiology", "Epidemiology", "Radiology", "Pediatrics",
    "Internal Medicine", "Public Health", "Human Genetics", "Neurology"
  };
  private static final String[] STREETS = {"Albinusdreef", "Hanzeplein", "Geert Grooteplein",
    "Heidelberglaan", "Doctor Molewaterplein", "Meibergdreef", "Hauptstrasse", "Rue de la Paix"};
  private static final String[] COUNTRIES = {"The Netherlands", "Netherlands", "Germany", "Belgium",
    "France", "United Kingdom", "USA", "Spain", "Switzerland", "Austria"};

  private Queries() {}

  /**
   * Returns names of organizations as written or in another case or without diacritics.
   *
   * @param landscape the landscape
   * @param size a power of two
   * @return the queries, each expecting its organization
   */
  public static QuerySet clean(Landscape landscape, int size) {
    SplittableRandom random = new SplittableRandom(11);
    List<Entry> names = uniqueNames(landscape);
    String[] texts = new String[size];
    OrganizationRef[] expected = new OrganizationRef[size];
    for (int i = 0; i < size; i++) {
      Entry e = names.get(random.nextInt(names.size()));
      texts[i] = variant(e.name, random);
      expected[i] = e.organization;
    }
    return new QuerySet(texts, expected);
  }

  /**
   * Returns names of organizations in any case, for exact name lookups; half are names several
   * organizations share (acronyms, departments).
   *
   * @param landscape the landscape
   * @param size a power of two
   * @return the queries, each expecting the first organization with the name
   */
  public static QuerySet names(Landscape landscape, int size) {
    SplittableRandom random = new SplittableRandom(12);
    List<Organization> organizations = landscape.organizations();
    String[] texts = new String[size];
    OrganizationRef[] expected = new OrganizationRef[size];
    for (int i = 0; i < size; i++) {
      Organization o = organizations.get(random.nextInt(organizations.size()));
      Name name = o.names().get(random.nextInt(o.names().size()));
      texts[i] = variant(name.value(), random);
      expected[i] = o.ref();
    }
    return new QuerySet(texts, expected);
  }

  /**
   * Returns affiliation strings around a name: a department, street and number, postcode, the
   * organization's city and country (in English; a random country when it has no location), in the
   * orders publishers print them.
   *
   * @param landscape the landscape
   * @param size a power of two
   * @return the queries, each expecting its organization
   */
  public static QuerySet noisy(Landscape landscape, int size) {
    SplittableRandom random = new SplittableRandom(13);
    List<Entry> names = uniqueNames(landscape);
    String[] texts = new String[size];
    OrganizationRef[] expected = new OrganizationRef[size];
    for (int i = 0; i < size; i++) {
      Entry e = names.get(random.nextInt(names.size()));
      Organization o = landscape.organization(e.organization).orElseThrow();
      String city = o.location().flatMap(l -> l.city()).orElse("Leiden");
      String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
      String country = o.location().map(l -> new Locale("", l.countryCode()).getDisplayCountry(Locale.ENGLISH))
          .filter(c -> !c.isEmpty()).orElse(COUNTRIES[random.nextInt(COUNTRIES.length)]);
      String postcode = (1000 + random.nextInt(9000)) + " " + (char) ('A' + random.nextInt(26))
          + (char) ('A' + random.nextInt(26));
      String street = STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(300));
      switch (random.nextInt(4)) {
        case 0:
          texts[i] = "Department of " + subject + ", " + e.name + ", " + city + ", " + country;
          break;
        case 1:
          texts[i] = e.name + ", " + street + ", " + postcode + " " + city + ", " + country;
          break;
        case 2:
          texts[i] = "Dept. " + subject + " - " + e.name + " (" + city + ")";
          break;
        default:
          texts[i] = subject + " Unit, " + e.name.toUpperCase(Locale.ROOT) + ", " + postcode + ", "
              + country;
          break;
      }
      expected[i] = e.organization;
    }
    return new QuerySet(texts, expected);
  }

  /**
   * Returns names with one typing error (two in names of 20 characters or more): a letter
   * replaced, dropped, doubled or swapped with its neighbour.
   *
   * @param landscape the landscape
   * @param size a power of two
   * @return the queries, each expecting its organization
   */
  public static QuerySet typos(Landscape landscape, int size) {
    SplittableRandom random = new SplittableRandom(14);
    List<Entry> names = new ArrayList<>();
    for (Entry e : uniqueNames(landscape)) {
      if (e.name.length() >= 8) {
        names.add(e);
      }
    }
    String[] texts = new String[size];
    OrganizationRef[] expected = new OrganizationRef[size];
    for (int i = 0; i < size; i++) {
      Entry e = names.get(random.nextInt(names.size()));
      String text = typo(e.name, random);
      if (e.name.length() >= 20) {
        text = typo(text, random);
      }
      texts[i] = text;
      expected[i] = e.organization;
    }
    return new QuerySet(texts, expected);
  }

  /**
   * Returns name-like strings and affiliation strings of organizations the landscape does not have.
   *
   * @param landscape the landscape (its names are checked not to contain any query)
   * @param size a power of two
   * @return the queries, each expecting no organization
   */
  public static QuerySet noMatch(Landscape landscape, int size) {
    SplittableRandom random = new SplittableRandom(15);
    Map<String, List<OrganizationRef>> known = foldedNames(landscape);
    String[] templates = {"University of %s", "%s General Hospital", "%s Institute of Technology",
      "Department of Cardiology, %s Polytechnic, %s", "Stichting Zorg %s", "%s Agricultural College"};
    String[] texts = new String[size];
    for (int i = 0; i < size; i++) {
      String place = LandscapeGenerator.absentPlace(i);
      String text = String.format(Locale.ROOT, templates[random.nextInt(templates.length)], place, place);
      if (known.containsKey(Folding.fold(text))) {
        throw new IllegalStateException("no-match query '" + text + "' names an organization");
      }
      texts[i] = text;
    }
    return new QuerySet(texts, new OrganizationRef[size]);
  }

  /**
   * Returns prefixes of names, two to eight characters, as a user types them.
   *
   * @param landscape the landscape
   * @param size a power of two
   * @return the prefixes, each expecting the organization whose name it was cut from
   */
  public static QuerySet prefixes(Landscape landscape, int size) {
    SplittableRandom random = new SplittableRandom(16);
    List<Organization> organizations = landscape.organizations();
    String[] texts = new String[size];
    OrganizationRef[] expected = new OrganizationRef[size];
    for (int i = 0; i < size; i++) {
      Organization o = organizations.get(random.nextInt(organizations.size()));
      String name = o.names().get(random.nextInt(o.names().size())).value();
      texts[i] = name.substring(0, Math.min(name.length(), 2 + random.nextInt(7))).toLowerCase(Locale.ROOT);
      expected[i] = o.ref();
    }
    return new QuerySet(texts, expected);
  }

  /**
   * Returns keys of organizations; one in eight is a key the landscape does not have.
   *
   * @param landscape the landscape
   * @param size a power of two
   * @return the keys, each expecting its organization or nothing
   */
  public static QuerySet keys(Landscape landscape, int size) {
    SplittableRandom random = new SplittableRandom(17);
    List<Organization> organizations = landscape.organizations();
    String[] texts = new String[size];
    OrganizationRef[] expected = new OrganizationRef[size];
    for (int i = 0; i < size; i++) {
      if (random.nextInt(8) == 0) {
        texts[i] = "absent-" + i;
      } else {
        OrganizationRef key = organizations.get(random.nextInt(organizations.size())).ref();
        texts[i] = key.key();
        expected[i] = key;
      }
    }
    return new QuerySet(texts, expected);
  }

  /**
   * Returns identifiers of organizations (ROR, ISNI, Wikidata, ...) in their canonical form; one in
   * eight is a well-formed Wikidata id no organization has.
   *
   * @param landscape the landscape
   * @param size a power of two
   * @return the identifiers (as {@code scheme:value}), each expecting its organization or nothing
   */
  public static QuerySet identifiers(Landscape landscape, int size) {
    SplittableRandom random = new SplittableRandom(18);
    List<Organization> withIds = new ArrayList<>();
    for (Organization o : landscape.organizations()) {
      if (!o.identifiers().isEmpty()) {
        withIds.add(o);
      }
    }
    String[] texts = new String[size];
    OrganizationRef[] expected = new OrganizationRef[size];
    for (int i = 0; i < size; i++) {
      if (random.nextInt(8) == 0 || withIds.isEmpty()) {
        texts[i] = "wikidata:Q" + (990_000_000 + i);
      } else {
        Organization o = withIds.get(random.nextInt(withIds.size()));
        Identifier id = o.identifiers().get(random.nextInt(o.identifiers().size()));
        texts[i] = id.scheme().code() + ':' + id.value();
        expected[i] = o.ref();
      }
    }
    return new QuerySet(texts, expected);
  }

  /**
   * Turns a query of {@link #identifiers} back into an identifier.
   *
   * @param text {@code scheme:value}
   * @return the identifier
   */
  public static Identifier identifier(String text) {
    int colon = text.indexOf(':');
    return Identifier.of(IdentifierScheme.fromCode(text.substring(0, colon)), text.substring(colon + 1));
  }

  /**
   * Returns real affiliation strings, each labelled by a person with the ROR id of the organization
   * it names or "NP" (none), from every {@code *_train.csv} of the shared {@code ror/affiliation}
   * directory (Crossref's publisher-asserted strings, ROR's matching logs, and their Dutch subset;
   * a string with the same label is taken once). Rows whose organization is not in the landscape
   * (the registry extract holds about a third of ROR) are left out, and the size is the largest
   * power of two at most the rows left, chosen by a seeded shuffle; NP rows expect no answer.
   *
   * @param landscape the real registry (organizations keyed by ROR id)
   * @return the queries, each expecting its organization or nothing
   * @throws IllegalStateException when the affiliation files are absent
   */
  public static QuerySet affiliations(Landscape landscape) {
    Path dir = Landscapes.rorDirectory().resolve("affiliation");
    Set<String> registry = new HashSet<>();
    for (Organization o : landscape.organizations()) {
      registry.add(o.key());
    }
    Map<String, OrganizationRef> rows = new LinkedHashMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*_train.csv")) {
      List<Path> sorted = new ArrayList<>();
      files.forEach(sorted::add);
      sorted.sort(null);
      for (Path file : sorted) {
        List<List<String>> csv = parseCsv(Files.readString(file, StandardCharsets.UTF_8));
        int text = csv.get(0).indexOf("affiliation");
        int gold = csv.get(0).indexOf("ror_id");
        for (List<String> row : csv.subList(1, csv.size())) {
          if (row.size() <= Math.max(text, gold) || row.get(text).isBlank()) {
            continue;
          }
          String label = row.get(gold).strip();
          OrganizationRef expected = null;
          boolean keep = label.equals("NP");
          for (String bare : AffiliationRow.parseGold(label)) {
            if (registry.contains(bare)) {
              expected = OrganizationRef.of(bare);
              keep = true;
              break;
            }
          }
          if (keep) {
            rows.putIfAbsent(row.get(text) + '\u0000' + label, expected);
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("affiliation queries: cannot read " + dir.toAbsolutePath().normalize()
          + ": " + e, e);
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException("affiliation queries: no labelled row in " + dir.toAbsolutePath().normalize()
          + " names an organization of landscape '" + landscape.name() + "'");
    }
    List<Map.Entry<String, OrganizationRef>> list = new ArrayList<>(rows.entrySet());
    SplittableRandom random = new SplittableRandom(19);
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Map.Entry<String, OrganizationRef> t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
    int size = Integer.highestOneBit(list.size());
    String[] texts = new String[size];
    OrganizationRef[] expected = new OrganizationRef[size];
    for (int i = 0; i < size; i++) {
      String key = list.get(i).getKey();
      texts[i] = key.substring(0, key.indexOf('\u0000'));
      expected[i] = list.get(i).getValue();
    }
    return new QuerySet(texts, expected);
  }

  /**
   * Parses CSV text; the same reader the resolution evaluation in {@code examples} uses.
   *
   * @param text the CSV text, a byte order mark allowed
   * @return the records, the header first
   */
  static List<List<String>> parseCsv(String text) {
    return AffiliationRow.parseCsv(text);
  }


  /**
   * Maps every folded name to the organizations that have it, in landscape order.
   *
   * @param landscape the landscape
   * @return folded name to organizations
   */
  public static Map<String, List<OrganizationRef>> foldedNames(Landscape landscape) {
    Map<String, List<OrganizationRef>> byName = new HashMap<>();
    for (Organization o : landscape.organizations()) {
      for (Name name : o.names()) {
        List<OrganizationRef> refs = byName.computeIfAbsent(Folding.fold(name.value()), k -> new ArrayList<>(1));
        if (!refs.contains(o.ref())) {
          refs.add(o.ref());
        }
      }
    }
    return byName;
  }

  private record Entry(String name, OrganizationRef organization) {}

  private static List<Entry> uniqueNames(Landscape landscape) {
    Map<String, List<OrganizationRef>> byName = foldedNames(landscape);
    List<Entry> entries = new ArrayList<>();
    for (Organization o : landscape.organizations()) {
      for (Name name : o.names()) {
        if (name.kind() != NameKind.ACRONYM && name.value().length() >= 6
            && byName.get(Folding.fold(name.value())).size() == 1) {
          entries.add(new Entry(name.value(), o.ref()));
        }
      }
    }
    if (entries.isEmpty()) {
      throw new IllegalStateException("landscape '" + landscape.name() + "' has no unique names");
    }
    return entries;
  }

  private static String variant(String name, SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        return name.toLowerCase(Locale.ROOT);
      case 1:
        return name.toUpperCase(Locale.ROOT);
      case 2:
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      default:
        return name;
    }
  }

  private static String typo(String name, SplittableRandom random) {
    StringBuilder sb = new StringBuilder(name);
    int at = 1 + random.nextInt(sb.length() - 2);
    while (!Character.isLetter(sb.charAt(at)) && at < sb.length() - 2) {
      at++;
    }
    switch (random.nextInt(4)) {
      case 0:
        sb.setCharAt(at, (char) ('a' + random.nextInt(26)));
        break;
      case 1:
        sb.deleteCharAt(at);
        break;
      case 2:
        sb.insert(at, sb.charAt(at));
        break;
      default:
        char c = sb.charAt(at);
        sb.setCharAt(at, sb.charAt(at + 1));
        sb.setCharAt(at + 1, c);
        break;
    }
    return sb.toString();
  }
}
