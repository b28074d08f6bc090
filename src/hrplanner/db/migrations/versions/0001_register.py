"""The first register schema: organisations, occupations, rounds and their figures.

Revision ID: 0001
Revises: 
"""
from alembic import op
import sqlalchemy as sa

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('occupation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name_nl', sa.String(length=120), nullable=False),
    sa.Column('name_en', sa.String(length=120), nullable=False),
    sa.Column('level', sa.String(length=32), nullable=False),
    sa.Column('register_code', sa.String(length=8), nullable=False),
    sa.Column('registration_required', sa.Boolean(), nullable=False),
    sa.Column('training_route', sa.String(length=200), nullable=False),
    sa.Column('training_years', sa.Float(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('municipality', sa.String(length=64), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('register_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.String(length=2000), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference_date', sa.Date(), nullable=False),
    sa.Column('label', sa.String(length=80), nullable=False),
    sa.Column('closed', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reference_date')
    )
    op.create_table('establishment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('occupation_id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('budgeted_fte', sa.Float(), nullable=True),
    sa.Column('open_positions', sa.Integer(), nullable=False),
    sa.Column('open_fte', sa.Float(), nullable=False),
    sa.Column('open_long', sa.Integer(), nullable=False),
    sa.CheckConstraint('budgeted_fte IS NULL OR budgeted_fte >= 0', name='ck_est_budget'),
    sa.CheckConstraint('open_long <= open_positions', name='ck_est_long'),
    sa.CheckConstraint('open_positions >= 0 AND open_fte >= 0 AND open_long >= 0', name='ck_est_open'),
    sa.ForeignKeyConstraint(['occupation_id'], ['occupation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('organisation_id', 'occupation_id', 'round_id', name='uq_establishment')
    )
    with op.batch_alter_table('establishment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_establishment_occupation_id'), ['occupation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_establishment_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_establishment_round_id'), ['round_id'], unique=False)
    op.create_table('flow',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('occupation_id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('persons', sa.Integer(), nullable=False),
    sa.CheckConstraint("direction IN ('in', 'out')", name='ck_flow_direction'),
    sa.CheckConstraint('persons >= 0', name='ck_flow_persons'),
    sa.ForeignKeyConstraint(['occupation_id'], ['occupation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('organisation_id', 'occupation_id', 'round_id', 'direction', 'category', name='uq_flow')
    )
    with op.batch_alter_table('flow', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flow_occupation_id'), ['occupation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_flow_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_flow_round_id'), ['round_id'], unique=False)
    op.create_table('sickness',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('percentage', sa.Float(), nullable=False),
    sa.CheckConstraint('percentage >= 0 AND percentage <= 100', name='ck_sickness_pct'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('organisation_id', 'round_id', name='uq_sickness')
    )
    with op.batch_alter_table('sickness', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sickness_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sickness_round_id'), ['round_id'], unique=False)
    op.create_table('staffing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('occupation_id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('age_band', sa.String(length=8), nullable=False),
    sa.Column('sex', sa.String(length=8), nullable=False),
    sa.Column('persons', sa.Integer(), nullable=False),
    sa.Column('fte', sa.Float(), nullable=False),
    sa.CheckConstraint('fte >= 0', name='ck_staffing_fte'),
    sa.CheckConstraint('persons >= 0', name='ck_staffing_persons'),
    sa.ForeignKeyConstraint(['occupation_id'], ['occupation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('organisation_id', 'occupation_id', 'round_id', 'age_band', 'sex', name='uq_staffing')
    )
    with op.batch_alter_table('staffing', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staffing_occupation_id'), ['occupation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_staffing_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_staffing_round_id'), ['round_id'], unique=False)
    op.create_table('training',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('occupation_id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('route', sa.String(length=24), nullable=False),
    sa.Column('in_training', sa.Integer(), nullable=False),
    sa.Column('planned_intake', sa.Integer(), nullable=False),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.Column('supervisors', sa.Integer(), nullable=False),
    sa.CheckConstraint('in_training >= 0 AND planned_intake >= 0 AND places >= 0 AND supervisors >= 0', name='ck_training_nonneg'),
    sa.ForeignKeyConstraint(['occupation_id'], ['occupation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('organisation_id', 'occupation_id', 'round_id', 'route', name='uq_training')
    )
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_occupation_id'), ['occupation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_round_id'), ['round_id'], unique=False)


def downgrade() -> None:
    op.drop_table('training')
    op.drop_table('staffing')
    op.drop_table('sickness')
    op.drop_table('flow')
    op.drop_table('establishment')
    op.drop_table('round')
    op.drop_table('register_meta')
    op.drop_table('organisation')
    op.drop_table('occupation')
