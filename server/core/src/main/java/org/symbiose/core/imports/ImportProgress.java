package org.symbiose.core.imports;

import java.time.Instant;
import java.util.List;

/**
 * Where an import stands.
 *
 * @param id        the job's id
 * @param source    the name of the source, under which its ids are remembered
 * @param state     RUNNING, INDEXING (written, this node's index not through yet), DONE or FAILED
 * @param linesRead lines read from the file
 * @param written   items written
 * @param skipped   lines whose source id an earlier run already wrote
 * @param errors    lines refused
 * @param indexed   true once this node's search index holds every item written
 * @param perSecond lines read per second since the start
 * @param firstErrors the first refused lines, with their number and reason
 * @param started   when the job began
 * @param updated   when it last moved
 */
public record ImportProgress(long id, String source, String state, long linesRead, long written, long skipped, long errors,
        boolean indexed, long perSecond, List<LineError> firstErrors, Instant started, Instant updated) {

    /** A refused line: its number (from 1) and why. */
    public record LineError(long line, String reason) {
    }
}
