package io.github.collabkit.benchmarks.peer.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A partnership.
 *
 * @param key the key
 * @param title the title
 * @param kind the kind
 * @param status the status
 * @param description the description
 * @param parties the parties
 * @param signatories the signatories
 * @param signing the signing
 * @param period the period
 * @param workAreas the workAreas
 * @param themes the themes
 * @param scope the scope
 * @param instruments the instruments
 * @param ambitions the ambitions
 * @param links the links
 * @param infrastructures the infrastructures
 * @param actionLines the actionLines
 * @param sources the sources
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PartnershipRecord(
    String key,
    Map<String, String> title,
    String kind,
    String status,
    Map<String, String> description,
    List<ParticipationRecord> parties,
    List<SignatoryRecord> signatories,
    SigningRecord signing,
    PeriodRecord period,
    List<WorkAreaRecord> workAreas,
    List<String> themes,
    String scope,
    List<InstrumentRecord> instruments,
    List<AmbitionRecord> ambitions,
    List<LinkRecord> links,
    List<String> infrastructures,
    List<String> actionLines,
    List<String> sources) {}
