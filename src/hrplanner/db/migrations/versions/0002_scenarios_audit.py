"""Scenarios with their parameters, and the audit log of changes.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=80), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('old', sa.String(length=4000), nullable=False),
    sa.Column('new', sa.String(length=4000), nullable=False),
    sa.Column('source', sa.String(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
    op.create_table('scenario',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('description', sa.String(length=2000), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=True),
    sa.Column('created', sa.DateTime(), nullable=False),
    sa.Column('changed', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('scenario_parameter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scenario_id', sa.Integer(), nullable=False),
    sa.Column('occupation_code', sa.String(length=12), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('low', sa.Float(), nullable=False),
    sa.Column('middle', sa.Float(), nullable=False),
    sa.Column('high', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['scenario_id'], ['scenario.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('scenario_id', 'occupation_code', 'key', name='uq_scenario_parameter')
    )
    with op.batch_alter_table('scenario_parameter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scenario_parameter_scenario_id'), ['scenario_id'], unique=False)


def downgrade() -> None:
    op.drop_table('scenario_parameter')
    op.drop_table('scenario')
    op.drop_table('audit_log')
