package mx.michangarrito.cloud.auth;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import mx.michangarrito.cloud.db.SqlRows;
import mx.michangarrito.cloud.db.Tx;

/** One-time code challenges (a global table: codes are asked for before a shop is known). */
public final class OtpRepository {

    public void insert(Tx tx, OtpChallenge c) {
        String sql = "INSERT INTO otp_challenges (challenge_id, phone, code_hash, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, c.id());
            s.setString(2, c.phone());
            s.setBytes(3, c.codeHash());
            s.setObject(4, SqlRows.utc(c.createdAt()));
            s.setObject(5, SqlRows.utc(c.expiresAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not store a one-time code", e);
        }
    }

    /** The newest unconsumed, unexpired challenge of {@code phone}, locked for this transaction. */
    public Optional<OtpChallenge> latestOpen(Tx tx, String phone, Instant now) {
        String sql = "SELECT challenge_id, code_hash, created_at, expires_at, attempts FROM otp_challenges"
                + " WHERE phone = ? AND consumed_at IS NULL AND expires_at > ?"
                + " ORDER BY created_at DESC, challenge_id DESC LIMIT 1 FOR UPDATE";
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setString(1, phone);
            s.setObject(2, SqlRows.utc(now));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new OtpChallenge(SqlRows.uuid(r, "challenge_id"), phone, r.getBytes("code_hash"),
                        SqlRows.instant(r, "created_at"), SqlRows.instant(r, "expires_at"), r.getInt("attempts")));
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not read one-time codes", e);
        }
    }

    public void countFailure(Tx tx, UUID challengeId) {
        update(tx, "UPDATE otp_challenges SET attempts = attempts + 1 WHERE challenge_id = ?", challengeId, null);
    }

    public void consume(Tx tx, UUID challengeId, Instant now) {
        update(tx, "UPDATE otp_challenges SET consumed_at = ? WHERE challenge_id = ?", challengeId, now);
    }

    /** Deletes challenges that expired before {@code before} (housekeeping). */
    public int deleteExpired(Tx tx, Instant before) {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "DELETE FROM otp_challenges WHERE expires_at < ?")) {
            s.setObject(1, SqlRows.utc(before));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not delete old one-time codes", e);
        }
    }

    private static void update(Tx tx, String sql, UUID id, Instant now) {
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            int i = 1;
            if (now != null) {
                s.setObject(i++, SqlRows.utc(now));
            }
            s.setObject(i, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not update a one-time code", e);
        }
    }
}
