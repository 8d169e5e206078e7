package io.github.collabkit.match;

import io.github.collabkit.internal.Checks;
import io.github.collabkit.UnknownKeyException;
import io.github.collabkit.internal.OrganizationHierarchy;
import io.github.collabkit.match.MatchReason.Facet;
import io.github.collabkit.model.AccessAudience;
import io.github.collabkit.model.AccessTerm;
import io.github.collabkit.model.Concept;
import io.github.collabkit.model.GeographicScope;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.InfrastructureRole;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.Sector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ranks a landscape's research infrastructures against a {@link ResearchNeed}, best first, with
 * the reasons each fits and the access terms that apply to the requester.
 *
 * <p>A company asking for human challenge trials is offered INFECT-NL when its terms admit
 * commercial partners, and not offered an infrastructure open only to academic partners (unless
 * the need {@linkplain ResearchNeed#includeUnusable() asks to see those}, then it is listed last,
 * marked not usable). Who may use what is decided by {@link Requester}; how must-haves combine by
 * {@link ResearchNeed}; the order by {@link MatchResult}.
 *
 * <p>Build one matcher per landscape and share it: it is immutable and thread-safe. Building
 * precomputes, per infrastructure, bitsets of its capability and theme codes (each code of the
 * landscape gets a bit), a bit mask of its kinds, its scope, the normalised places of the
 * organizations behind it, its normalised coverage text, a mask of its access audiences and the
 * organizations that run it or take part; this costs O(infrastructures x (organizations + codes)
 * + concepts). A query costs O(need) to translate the need into bitsets, then for each of the
 * I infrastructures O(C/64 + T/64 + places + coverage terms x text) word operations, where C and T
 * are the numbers of distinct capability and theme codes, and finally O(M log M) to sort the M
 * matches; only matches allocate (their reasons and access terms).
 *
 * <pre>{@code
 * InfrastructureMatcher matcher = InfrastructureMatcher.of(landscape);
 * MatchResult result = matcher.match(ResearchNeed.builder()
 *     .capability("human-challenge-trials", Importance.REQUIRED)
 *     .requester(Requester.of(Set.of(OrganizationType.COMPANY), Sector.PRIVATE_FOR_PROFIT))
 *     .build());
 * result.matches().get(0).infrastructure().key(); // infect-nl
 * }</pre>
 */
public final class InfrastructureMatcher {
  private static final Set<InfrastructureRole> RUNNING_ROLES = EnumSet.of(
      InfrastructureRole.OWNER, InfrastructureRole.HOST, InfrastructureRole.OPERATOR, InfrastructureRole.INITIATOR);
  private static final Comparator<InfrastructureMatch> ORDER = Comparator
      .comparing(InfrastructureMatch::usability)
      .thenComparing(Comparator.comparingInt(InfrastructureMatch::score).reversed())
      .thenComparing(m -> m.infrastructure().key());

  private final Landscape landscape;
  private final OrganizationHierarchy hierarchy;
  private final Map<String, Integer> capabilityBits;
  private final Map<String, Integer> themeBits;
  private final Map<String, LocalizedText> capabilityLabels;
  private final Map<String, LocalizedText> themeLabels;
  private final Entry[] entries;

  private InfrastructureMatcher(Landscape landscape) {
    this.landscape = landscape;
    this.hierarchy = OrganizationHierarchy.of(landscape);
    Map<String, Integer> caps = new HashMap<>();
    Map<String, Integer> themes = new HashMap<>();
    Map<String, LocalizedText> capLabels = new HashMap<>();
    Map<String, LocalizedText> themeLabelMap = new HashMap<>();
    for (Concept c : landscape.concepts()) {
      if (c.scheme().equals("capability")) {
        caps.putIfAbsent(c.code(), caps.size());
        capLabels.putIfAbsent(c.code(), c.label());
      } else if (c.scheme().equals("theme")) {
        themes.putIfAbsent(c.code(), themes.size());
        themeLabelMap.putIfAbsent(c.code(), c.label());
      }
    }
    for (Infrastructure i : landscape.infrastructures()) {
      i.capabilities().forEach(code -> caps.putIfAbsent(code, caps.size()));
      i.themes().forEach(code -> themes.putIfAbsent(code, themes.size()));
    }
    this.capabilityBits = Collections.unmodifiableMap(caps);
    this.themeBits = Collections.unmodifiableMap(themes);
    this.capabilityLabels = Collections.unmodifiableMap(capLabels);
    this.themeLabels = Collections.unmodifiableMap(themeLabelMap);
    List<Infrastructure> infras = landscape.infrastructures();
    this.entries = new Entry[infras.size()];
    for (int n = 0; n < entries.length; n++) {
      entries[n] = new Entry(infras.get(n));
    }
  }

  /**
   * Builds a matcher over a landscape's infrastructures.
   *
   * @param landscape the landscape
   * @return the matcher
   */
  public static InfrastructureMatcher of(Landscape landscape) {
    return new InfrastructureMatcher(Checks.argument("landscape", landscape));
  }

  /**
   * Returns the infrastructures that meet every must-have of a need (and that the requester may
   * use, unless the need asks to include the others), best first.
   *
   * @param need the need
   * @return the ranked matches with reasons, and notices about unknown codes
   * @throws UnknownKeyException when the requester is an organization the landscape does not hold
   */
  public MatchResult match(ResearchNeed need) {
    Checks.argument("need", need);
    List<String> notices = new ArrayList<>();
    Query q = new Query(need, notices);
    List<InfrastructureMatch> matches = new ArrayList<>();
    for (Entry e : entries) {
      InfrastructureMatch m = q.test(e);
      if (m != null) {
        matches.add(m);
      }
    }
    matches.sort(ORDER);
    return new MatchResult(need, matches, q.audiences, notices);
  }

  /** One infrastructure, precomputed for matching. */
  private final class Entry {
    final Infrastructure infra;
    final long[] caps;
    final long[] themes;
    final long kinds;
    final int scope;
    final Map<String, LocalizedText> places;
    final String coverageText;
    final Set<OrganizationRef> runners = new HashSet<>();
    final Set<OrganizationRef> members = new HashSet<>();

    Entry(Infrastructure infra) {
      this.infra = infra;
      this.caps = bits(infra.capabilities(), capabilityBits);
      this.themes = bits(infra.themes(), themeBits);
      long k = 0;
      for (InfrastructureKind kind : infra.kinds()) {
        k |= 1L << kind.ordinal();
      }
      this.kinds = k;
      this.scope = infra.scope().map(Enum::ordinal).orElse(-1);
      Map<String, LocalizedText> p = new HashMap<>();
      for (InfrastructureParticipation part : infra.organizations()) {
        if (!part.isJoined()) {
          continue; // a prospective host or participant does not place the infrastructure yet
        }
        OrganizationRef org = part.organization();
        members.add(org);
        members.add(hierarchy.top(org));
        if (RUNNING_ROLES.contains(part.role())) {
          runners.add(org);
          runners.add(hierarchy.top(org));
        }
        LocalizedText name = landscape.organization(org)
            .map(o -> LocalizedText.enNl(o.displayName("en"), o.displayName("nl")))
            .orElse(LocalizedText.of("en", org.key()));
        hierarchy.effectiveLocation(org).ifPresent(loc -> addPlaces(p, loc, name));
      }
      this.places = Collections.unmodifiableMap(p);
      StringBuilder text = new StringBuilder();
      infra.coverage().asMap().values().forEach(t -> text.append(t).append(' '));
      infra.description().asMap().values().forEach(t -> text.append(t).append(' '));
      this.coverageText = Text.normalize(text.toString());
    }
  }

  /**
   * The access a requester has to an infrastructure that states no terms but that the requester's own
   * organization (or a unit or parent of it) owns, hosts or operates.
   */
  private static final AccessTerm RUN_BY_REQUESTER = AccessTerm.builder().audience(AccessAudience.INTERNAL)
      .conditions(LocalizedText.enNl("no terms stated; run by the requester's own organization",
          "geen voorwaarden vermeld; beheerd door de eigen organisatie van de aanvrager"))
      .build();

  private static void addPlaces(Map<String, LocalizedText> places, Location loc, LocalizedText orgName) {
    places.putIfAbsent(Text.normalizeTerm(loc.countryCode()), orgName);
    loc.city().ifPresent(c -> places.putIfAbsent(Text.normalizeTerm(c), orgName));
    loc.region().ifPresent(r -> places.putIfAbsent(Text.normalizeTerm(r), orgName));
  }

  private static long[] bits(Set<String> codes, Map<String, Integer> index) {
    long[] words = new long[(index.size() + 63) >>> 6];
    for (String code : codes) {
      Integer bit = index.get(code);
      if (bit != null) {
        words[bit >>> 6] |= 1L << bit;
      }
    }
    return words;
  }

  /** A need translated for scanning. */
  private final class Query {
    final ResearchNeed need;
    final long[] reqCaps;
    final long[] prefCaps;
    final long[] reqThemes;
    final long[] prefThemes;
    final boolean unsatisfiable;
    long reqKinds;
    long prefKinds;
    int reqScopes;
    int prefScopes;
    final List<String> capOrder = new ArrayList<>();
    final List<String> themeOrder = new ArrayList<>();
    final List<String> reqPlaces = new ArrayList<>();
    final List<String> prefPlaces = new ArrayList<>();
    final List<String> reqCoverage = new ArrayList<>();
    final List<String> prefCoverage = new ArrayList<>();
    final Map<String, String> asked = new HashMap<>();
    final Set<AccessAudience> audiences;
    final Set<OrganizationType> requesterTypes;
    final Set<OrganizationRef> requesterChain = new HashSet<>();
    final String requesterLabelEn;
    final String requesterLabelNl;

    Query(ResearchNeed need, List<String> notices) {
      this.need = need;
      reqCaps = new long[(capabilityBits.size() + 63) >>> 6];
      prefCaps = new long[reqCaps.length];
      reqThemes = new long[(themeBits.size() + 63) >>> 6];
      prefThemes = new long[reqThemes.length];
      boolean impossible = false;
      impossible |= codes("capability", need.capabilities(), capabilityBits, reqCaps, prefCaps, capOrder, notices);
      boolean themeImpossible = codes("theme", need.themes(), themeBits, reqThemes, prefThemes, themeOrder, notices);
      boolean anyRequiredThemeKnown = need.themes().entrySet().stream()
          .anyMatch(en -> en.getValue() == Importance.REQUIRED && themeBits.containsKey(en.getKey()));
      if (themeImpossible && !anyRequiredThemeKnown) {
        impossible = true;
      }
      this.unsatisfiable = impossible;
      need.kinds().forEach((k, imp) -> {
        if (imp == Importance.REQUIRED) {
          reqKinds |= 1L << k.ordinal();
        } else {
          prefKinds |= 1L << k.ordinal();
        }
      });
      need.scopes().forEach((s, imp) -> {
        if (imp == Importance.REQUIRED) {
          reqScopes |= 1 << s.ordinal();
        } else {
          prefScopes |= 1 << s.ordinal();
        }
      });
      need.places().forEach((p, imp) -> {
        String norm = Text.normalizeTerm(p);
        asked.put(norm, p);
        (imp == Importance.REQUIRED ? reqPlaces : prefPlaces).add(norm);
      });
      need.coverage().forEach((t, imp) -> {
        String norm = " " + Text.normalizeTerm(t);
        asked.put(norm, t);
        (imp == Importance.REQUIRED ? reqCoverage : prefCoverage).add(norm);
      });
      Requester r = need.requester();
      if (r.organization().isPresent()) {
        OrganizationRef ref = r.organization().get();
        List<Organization> chain = hierarchy.chain(ref);
        if (chain.isEmpty()) {
          throw new UnknownKeyException("infrastructure matcher: requester", "organization", ref.key());
        }
        chain.forEach(o -> requesterChain.add(o.ref()));
        Set<OrganizationType> types = hierarchy.effectiveTypes(ref);
        Sector sector = hierarchy.effectiveSector(ref).orElse(null);
        audiences = Requester.audiences(types, sector);
        requesterTypes = types;
        requesterLabelEn = chain.get(0).displayName("en");
        requesterLabelNl = chain.get(0).displayName("nl");
      } else {
        audiences = Requester.audiences(r.types(), r.sector().orElse(null));
        requesterTypes = r.types();
        requesterLabelEn = "the requester";
        requesterLabelNl = "de aanvrager";
      }
    }

    /** Sets the bits of known codes; returns true when a required code is unknown. */
    private boolean codes(String scheme, Map<String, Importance> wanted, Map<String, Integer> index,
        long[] req, long[] pref, List<String> order, List<String> notices) {
      boolean unknownRequired = false;
      for (Map.Entry<String, Importance> w : wanted.entrySet()) {
        Integer bit = index.get(w.getKey());
        if (bit == null) {
          notices.add(scheme + " '" + w.getKey() + "' (" + w.getValue().name().toLowerCase(java.util.Locale.ROOT)
              + ") is not defined in the landscape and no infrastructure offers it");
          unknownRequired |= w.getValue() == Importance.REQUIRED;
          continue;
        }
        order.add(w.getKey());
        long[] target = w.getValue() == Importance.REQUIRED ? req : pref;
        target[bit >>> 6] |= 1L << bit;
      }
      return unknownRequired;
    }

    InfrastructureMatch test(Entry e) {
      if (unsatisfiable) {
        return null;
      }
      if (!containsAll(e.caps, reqCaps)) {
        return null;
      }
      if (need.themes().containsValue(Importance.REQUIRED) && !intersects(e.themes, reqThemes)) {
        return null;
      }
      if (reqKinds != 0 && (e.kinds & reqKinds) == 0) {
        return null;
      }
      if (reqScopes != 0 && (e.scope < 0 || (reqScopes & (1 << e.scope)) == 0)) {
        return null;
      }
      if (!reqPlaces.isEmpty() && reqPlaces.stream().noneMatch(e.places::containsKey)) {
        return null;
      }
      for (String term : reqCoverage) {
        if (!e.coverageText.contains(term)) {
          return null;
        }
      }
      List<AccessTerm> applicable = new ArrayList<>();
      Usability usability = access(e, applicable);
      if (usability == Usability.NOT_USABLE && !need.includeUnusable()) {
        return null;
      }
      return build(e, usability, applicable);
    }

    private Usability access(Entry e, List<AccessTerm> applicable) {
      List<AccessTerm> terms = e.infra.access();
      boolean runs = !Collections.disjoint(requesterChain, e.runners);
      boolean member = !Collections.disjoint(requesterChain, e.members);
      if (terms.isEmpty()) {
        if (runs) {
          applicable.add(RUN_BY_REQUESTER);
          return Usability.USABLE;
        }
        return Usability.UNKNOWN;
      }
      for (AccessTerm t : terms) {
        AccessAudience a = t.audience();
        if (audiences.contains(a) || (a == AccessAudience.INTERNAL && runs) || (a == AccessAudience.MEMBERS && member)
            || !Collections.disjoint(t.targetUsers(), requesterTypes)) {
          applicable.add(t);
        }
      }
      if (!applicable.isEmpty()) {
        return Usability.USABLE;
      }
      return e.infra.accessExhaustive() ? Usability.NOT_USABLE : Usability.NOT_STATED;
    }

    private InfrastructureMatch build(Entry e, Usability usability, List<AccessTerm> applicable) {
      List<MatchReason> reasons = new ArrayList<>();
      for (String code : capOrder) {
        int bit = capabilityBits.get(code);
        if ((e.caps[bit >>> 6] & (1L << bit)) != 0) {
          reasons.add(new MatchReason(Facet.CAPABILITY, code, need.capabilities().get(code),
              capabilityLabels.getOrDefault(code, LocalizedText.of("en", code))));
        }
      }
      for (String code : themeOrder) {
        int bit = themeBits.get(code);
        if ((e.themes[bit >>> 6] & (1L << bit)) != 0) {
          reasons.add(new MatchReason(Facet.THEME, code, need.themes().get(code),
              themeLabels.getOrDefault(code, LocalizedText.of("en", code))));
        }
      }
      for (Map.Entry<InfrastructureKind, Importance> k : need.kinds().entrySet()) {
        if ((e.kinds & (1L << k.getKey().ordinal())) != 0) {
          reasons.add(new MatchReason(Facet.KIND, k.getKey().code(), k.getValue(), labels(k.getKey())));
        }
      }
      for (Map.Entry<GeographicScope, Importance> s : need.scopes().entrySet()) {
        if (e.scope == s.getKey().ordinal()) {
          reasons.add(new MatchReason(Facet.SCOPE, s.getKey().code(), s.getValue(), labels(s.getKey())));
        }
      }
      for (Map.Entry<String, Importance> p : need.places().entrySet()) {
        LocalizedText org = e.places.get(Text.normalizeTerm(p.getKey()));
        if (org != null) {
          reasons.add(new MatchReason(Facet.PLACE, p.getKey(), p.getValue(), LocalizedText.enNl(
              p.getKey() + " (" + org.text("en") + ")", p.getKey() + " (" + org.text("nl") + ")")));
        }
      }
      for (Map.Entry<String, Importance> c : need.coverage().entrySet()) {
        if (e.coverageText.contains(" " + Text.normalizeTerm(c.getKey()))) {
          reasons.add(new MatchReason(Facet.COVERAGE, c.getKey(), c.getValue(),
              LocalizedText.enNl("'" + c.getKey() + "'", "'" + c.getKey() + "'")));
        }
      }
      return new InfrastructureMatch(e.infra, reasons.size(), usability, applicable, reasons,
          accessNote(e, usability, applicable));
    }

    private LocalizedText accessNote(Entry e, Usability usability, List<AccessTerm> applicable) {
      if (usability == Usability.UNKNOWN) {
        return LocalizedText.enNl("access: no terms stated", "toegang: geen voorwaarden vermeld");
      }
      if (usability == Usability.USABLE) {
        return LocalizedText.enNl("access: " + describe(applicable, "en"), "toegang: " + describe(applicable, "nl"));
      }
      if (usability == Usability.NOT_STATED) {
        return LocalizedText.enNl(
            "access not stated for " + requesterLabelEn + ": the source names " + describe(e.infra.access(), "en")
                + " as examples, not as the only users",
            "toegang niet vermeld voor " + requesterLabelNl + ": de bron noemt " + describe(e.infra.access(), "nl")
                + " als voorbeelden, niet als de enige gebruikers");
      }
      String mineEn = audiences.stream().filter(a -> a != AccessAudience.OPEN).map(a -> a.label("en"))
          .collect(Collectors.joining(", "));
      String mineNl = audiences.stream().filter(a -> a != AccessAudience.OPEN).map(a -> a.label("nl"))
          .collect(Collectors.joining(", "));
      return LocalizedText.enNl(
          "not usable: open to " + describe(e.infra.access(), "en") + "; " + requesterLabelEn + " counts as "
              + (mineEn.isEmpty() ? "none of these" : mineEn),
          "niet bruikbaar: toegankelijk voor " + describe(e.infra.access(), "nl") + "; " + requesterLabelNl
              + " valt onder " + (mineNl.isEmpty() ? "geen daarvan" : mineNl));
    }
  }

  private static String describe(List<AccessTerm> terms, String language) {
    return terms.stream().map(t -> t.audience().label(language)
        + (t.conditions().isEmpty() ? "" : " (" + t.conditions().text(language) + ")"))
        .collect(Collectors.joining(", "));
  }

  private static LocalizedText labels(io.github.collabkit.model.Vocabulary v) {
    return LocalizedText.enNl(v.label("en"), v.label("nl"));
  }

  private static boolean containsAll(long[] have, long[] want) {
    for (int i = 0; i < want.length; i++) {
      if ((have[i] & want[i]) != want[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean intersects(long[] a, long[] b) {
    for (int i = 0; i < b.length; i++) {
      if ((a[i] & b[i]) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the landscape this matcher ranks.
   *
   * @return the landscape
   */
  public Landscape landscape() {
    return landscape;
  }
}
