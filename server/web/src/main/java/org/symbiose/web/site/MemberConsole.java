package org.symbiose.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.symbiose.core.Refusal;
import org.symbiose.core.moderation.AccountDeletion;
import org.symbiose.core.moderation.MemberHistory;
import org.symbiose.core.moderation.MemberWatch;
import org.symbiose.core.moderation.ModerationException;
import org.symbiose.core.moderation.Sanction;
import org.symbiose.core.moderation.Sanctions;
import org.symbiose.core.moderation.TrustLevels;
import org.symbiose.core.moderation.Watchlist;

/**
 * One member in the console: their history, private notes, and the sanction form (warn, silence,
 * suspend, delete with their content anonymized or removed) with the lifting of sanctions; their
 * watch, and their trust level, which community managers set and unlock.
 *
 * <p>The member's id is read from the request when the bean is made, from the address or from
 * the forms' hidden copy of it: a view parameter would reach the bean only after the forms were
 * decoded, against no member.
 */
@Named
@RequestScoped
public class MemberConsole {

    /** The trust levels a community manager may set: 0 new to 4 leader. */
    private static final List<Integer> LEVELS = List.of(0, 1, 2, 3, 4);

    @Inject
    private MemberHistory histories;

    @Inject
    private Sanctions sanctions;

    @Inject
    private AccountDeletion deletion;

    @Inject
    private TrustLevels trust;

    @Inject
    private Watchlist watchlist;

    @Inject
    private Visitor visitor;

    @Inject
    private Feedback feedback;

    @Inject
    private FacesContext faces;

    private long id;
    private MemberHistory.History history;
    private boolean missing;
    private String noteText;
    private String kind = Sanction.Kind.WARN.name();
    private String reason;
    private int points;
    private String until;
    private String sanctionNote;
    private String content;
    private Integer level;
    private String levelReason;
    private String watchReason;
    private Optional<MemberWatch.View> watch;

    @PostConstruct
    void readId() {
        Long given = ConsoleParameters.id(faces.getExternalContext().getRequestParameterMap().get("id"));
        id = given == null ? 0 : given;
    }

    /** The history, or null when there is no such member. */
    public MemberHistory.History getHistory() {
        if (history == null && !missing) {
            try {
                history = histories.of(id);
            } catch (ModerationException notFound) {
                missing = true;
            }
        }
        return history;
    }

    /** The member's watch, or null when they are not watched. */
    public MemberWatch.View getWatch() {
        if (watch == null) {
            watch = watchlist.of(id);
        }
        return watch.orElse(null);
    }

    public List<Integer> getLevels() {
        return LEVELS;
    }

    public List<Sanction.Kind> getKinds() {
        return List.of(Sanction.Kind.values());
    }

    public List<AccountDeletion.Content> getContents() {
        return List.of(AccountDeletion.Content.values());
    }

    public void addNote() {
        if (act(() -> sanctions.note(id, me(), noteText), "member.noted")) {
            noteText = null;
        }
    }

    public void sanction() {
        Sanction.Kind chosen = getKinds().stream().filter(known -> known.name().equals(kind)).findFirst().orElse(null);
        if (chosen == Sanction.Kind.DELETE) {
            AccountDeletion.Content fate = getContents().stream().filter(known -> known.name().equals(content)).findFirst()
                    .orElse(null);
            act(() -> deletion.delete(id, me(), reason, sanctionNote, fate), "member.sanctioned");
            return;
        }
        LocalDate end;
        try {
            end = until == null || until.isBlank() ? null : LocalDate.parse(until.strip());
        } catch (DateTimeParseException e) {
            feedback.error("member.badDate", until);
            return;
        }
        act(() -> sanctions.sanction(id, me(), chosen, reason, points,
                end == null ? null : end.atStartOfDay(ZoneOffset.UTC).toInstant(), sanctionNote), "member.sanctioned");
    }

    public void lift(long sanctionId) {
        act(() -> sanctions.lift(id, sanctionId, me()), "member.lifted");
    }

    public void setTrustLevel() {
        if (level == null) {
            feedback.page(FacesMessage.SEVERITY_ERROR, "member.trust.choose");
            return;
        }
        if (act(visitor.isCommunityManager(), "member.trust.refused", () -> trust.set(id, level, me(), levelReason),
                "member.trust.done")) {
            levelReason = null;
        }
    }

    public void unlockTrustLevel() {
        act(visitor.isCommunityManager(), "member.trust.refused", () -> trust.unlock(id, me()), "member.trust.unlocked");
    }

    public void putUnderWatch() {
        if (act(() -> watchlist.watch(id, me(), watchReason), "member.watch.done")) {
            watchReason = null;
        }
    }

    public void liftWatch() {
        act(() -> {
            watchlist.lift(id, me());
            return null;
        }, "member.watch.lifted");
    }

    private boolean act(Supplier<?> action, String done) {
        return act(visitor.isModerator(), "console.refused", action, done);
    }

    /**
     * Does one action, telling the moderator how it went; the role is checked again, as a form can
     * be posted without its page.
     *
     * @param allowed whether the visitor's role may do it; else {@code refusal} is shown
     */
    private boolean act(boolean allowed, String refusal, Supplier<?> action, String done) {
        if (!allowed) {
            feedback.page(FacesMessage.SEVERITY_ERROR, refusal);
            return false;
        }
        try {
            action.get();
        } catch (Refusal refused) {
            // a moderation rule, or a member rule such as keeping the last administrator
            feedback.error("member.refused", refused.getMessage());
            return false;
        }
        feedback.page(FacesMessage.SEVERITY_INFO, done);
        history = null;
        watch = null;
        level = null;
        return true;
    }

    private long me() {
        return visitor.getMember().getId();
    }

    /** The level the form shows: the one chosen, else the member's current one. */
    public Integer getLevel() {
        if (level == null && getHistory() != null) {
            return history.standing().trust().level();
        }
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public String getLevelReason() {
        return levelReason;
    }

    public void setLevelReason(String levelReason) {
        this.levelReason = levelReason;
    }

    public String getWatchReason() {
        return watchReason;
    }

    public void setWatchReason(String watchReason) {
        this.watchReason = watchReason;
    }

    public long getId() {
        return id;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getPoints() {
        return points;
    }

    public void setPoints(int points) {
        this.points = points;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public String getSanctionNote() {
        return sanctionNote;
    }

    public void setSanctionNote(String sanctionNote) {
        this.sanctionNote = sanctionNote;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
