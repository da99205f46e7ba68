package org.psmapathway.core.guidance;

import java.util.ArrayList;
import java.util.List;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.LesionSite;
import org.psmapathway.core.record.PetScan;

/**
 * PET-positive disease outside the prostate bed on one scan, and whether it is oligometastatic
 * under {@link GuidanceSettings#oligometastaticMaxLesions()}: regional nodes, extrapelvic nodes,
 * bone and visceral lesions all count (STOMP and ORIOLE counted nodal and bone metastases alike);
 * diffuse marrow involvement is never oligometastatic.
 *
 * @param lesions lesions outside the prostate bed
 * @param nodeLesionIds ids of the nodal lesions, in scan order
 * @param visceral whether any lesion is visceral
 * @param oligometastatic whether the count is within the setting (and no exclusion applies)
 * @param reason the count against the limit, in words
 */
record MetastaticBurden(int lesions, List<String> nodeLesionIds, boolean visceral,
    boolean oligometastatic, String reason) {

  static MetastaticBurden of(PetScan scan, GuidanceSettings settings) {
    int count = 0;
    boolean visceral = false;
    List<String> nodes = new ArrayList<>();
    for (Lesion l : scan.lesions()) {
      LesionSite site = l.site();
      if (site == LesionSite.NODE || site == LesionSite.BONE || site == LesionSite.VISCERAL) {
        count++;
        if (site == LesionSite.NODE) {
          nodes.add(l.id());
        }
        visceral |= site == LesionSite.VISCERAL;
      }
    }
    int max = settings.oligometastaticMaxLesions();
    boolean oligo;
    String reason;
    if (scan.diffuseMarrowInvolvement()) {
      oligo = false;
      reason = "diffuse marrow involvement: not oligometastatic";
    } else if (visceral && !settings.visceralCanBeOligometastatic()) {
      oligo = false;
      reason = count + " lesion(s) outside the prostate bed including visceral disease: visceral"
          + " disease is not counted as oligometastatic (setting)";
    } else if (count == 0) {
      oligo = false;
      reason = "no PET-positive disease outside the prostate bed";
    } else {
      oligo = count <= max;
      reason = count + " lesion(s) outside the prostate bed" + (oligo ? " ≤ " : " > ") + max
          + " (oligometastatic limit)";
    }
    return new MetastaticBurden(count, List.copyOf(nodes), visceral, oligo, reason);
  }
}
