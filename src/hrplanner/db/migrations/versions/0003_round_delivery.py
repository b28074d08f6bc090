"""Round delivery: per organisation and round, when the template was sent, the figures received and
accepted, and by whom.

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('round_delivery',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('template_sent', sa.DateTime(), nullable=True),
    sa.Column('template_sent_by', sa.String(length=80), nullable=False),
    sa.Column('received', sa.DateTime(), nullable=True),
    sa.Column('received_by', sa.String(length=80), nullable=False),
    sa.Column('received_via', sa.String(length=16), nullable=False),
    sa.Column('received_source', sa.String(length=500), nullable=False),
    sa.Column('accepted', sa.DateTime(), nullable=True),
    sa.Column('accepted_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('round_id', 'organisation_id', name='uq_round_delivery')
    )
    with op.batch_alter_table('round_delivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_delivery_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_round_delivery_round_id'), ['round_id'], unique=False)


def downgrade() -> None:
    op.drop_table('round_delivery')
